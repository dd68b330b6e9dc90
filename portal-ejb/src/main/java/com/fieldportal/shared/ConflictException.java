package com.fieldportal.shared;

/** The record is in a state that does not allow the change (signed, already taken by another record): HTTP 409. */
public class ConflictException extends BusinessException {

    public ConflictException(String message) {
        super(message);
    }
}
