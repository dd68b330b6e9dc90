package com.fieldportal.payment;

/**
 * What the processor answered to a charge.
 *
 * @param reference the processor's id of the charge, also when declined
 * @param message   why it was declined, in words for the customer; null otherwise
 */
public record Charge(Outcome outcome, String reference, String message) {

    public enum Outcome {
        /** The money is taken (cards). */
        APPROVED,
        /** Accepted, settles later (ACH). */
        PENDING,
        /** Nothing was taken. */
        DECLINED
    }
}
