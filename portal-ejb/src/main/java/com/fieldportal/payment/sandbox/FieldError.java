package com.fieldportal.payment.sandbox;

import jakarta.ejb.ApplicationException;

/** The sandbox's fields refused what was typed: {@code field} names the input, the message says why. */
@ApplicationException(rollback = true)
public class FieldError extends RuntimeException {

    private final String field;

    FieldError(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
