package com.fieldportal.payment;

/** Where an ACH debit stands at the processor. {@code reason} says why a debit was returned. */
public record Settlement(State state, String reason) {

    public enum State {
        PENDING, SETTLED, RETURNED
    }
}
