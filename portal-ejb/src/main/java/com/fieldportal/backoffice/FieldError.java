package com.fieldportal.backoffice;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a document that is not valid, by its path in the JSON ("lines[2].quantity"). */
@Schema(description = "A field that is not valid.")
public record FieldError(@Schema(example = "lines[0].quantity") String field, @Schema(example = "must be greater than 0") String message) {

    /** The field by its path in the document the caller sent: without the method and parameter a service call adds. */
    public static FieldError of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return new FieldError(path.toString(), violation.getMessage());
    }
}
