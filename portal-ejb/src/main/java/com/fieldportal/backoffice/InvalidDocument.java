package com.fieldportal.backoffice;

import com.fieldportal.shared.BusinessException;
import java.util.List;

/** The document itself is wrong (missing or malformed fields): HTTP 400 with the fields. */
public class InvalidDocument extends BusinessException {

    private final List<FieldError> errors;

    public InvalidDocument(List<FieldError> errors) {
        super(errors.size() == 1 ? "A field is not valid." : errors.size() + " fields are not valid.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
