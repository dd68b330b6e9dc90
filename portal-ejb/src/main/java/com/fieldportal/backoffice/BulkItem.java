package com.fieldportal.backoffice;

import com.fieldportal.shared.BusinessException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for one document of a bulk: stored (and how), or refused (and why). */
@Schema(description = "What became of one document of a bulk.")
public record BulkItem(
        @Schema(description = "Its position in the list sent, from 0.", example = "0") int index,
        @Schema(example = "INV-1001") String externalId,
        @Schema(description = "The HTTP status this document alone would have had: 201, 200, 400, 409 or 422.", example = "201") int status,
        @Schema(example = "CREATED") Stored.Outcome outcome,
        @Schema(description = "The portal's id, once stored.", example = "10450") Long id,
        @Schema(description = "Why it was refused.") Refusal refusal,
        @Schema(example = "Invoice 1001 would total 10.00, less than the 50.00 already paid or credited on it.") String detail,
        List<FieldError> errors,
        @Schema(description = "References not known to the portal.", example = "[\"property PROP-99\"]") List<String> unknown) {

    static BulkItem of(int index, String externalId) {
        return new BulkItem(index, externalId, 0, null, null, null, null, null, null);
    }

    BulkItem stored(Stored stored) {
        return new BulkItem(index, externalId, stored.outcome() == Stored.Outcome.CREATED ? 201 : 200, stored.outcome(), stored.id(),
                null, null, null, null);
    }

    BulkItem refused(BusinessException e) {
        Refusal refusal = Refusal.of(e);
        return new BulkItem(index, externalId, statusOf(refusal), null, null, refusal, e.getMessage(),
                e instanceof InvalidDocument invalid ? invalid.errors() : null,
                e instanceof UnknownReferences unknown ? unknown.references() : null);
    }

    public static int statusOf(Refusal refusal) {
        return switch (refusal) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case UNKNOWN_REFERENCE, RULE -> 422;
        };
    }
}
