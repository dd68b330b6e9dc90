package com.fieldportal.backoffice;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error of the API as RFC 9457 describes it (application/problem+json), with the fields or references at fault when known. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "unknown"})
public record Problem(
        @Schema(example = "urn:fieldportal:problem:invalid-document") String type,
        @Schema(example = "The document is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid.") String detail,
        @Schema(description = "The fields at fault (400).") List<FieldError> errors,
        @Schema(description = "References not known to the portal (422).", example = "[\"property PROP-99\"]") List<String> unknown) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("urn:fieldportal:problem:" + slug, title, status, detail, null, null);
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, errors, unknown);
    }

    public Problem withUnknown(List<String> references) {
        return new Problem(type, title, status, detail, errors, references);
    }
}
