package com.fieldportal.shared;

/**
 * The record does not exist, or the caller may not see it: both answer the same, so that guessing
 * another customer's ids tells nothing.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
