package com.fieldportal.invoice;

/** Cards (credit or debit) settle at once and may carry a convenience fee; ACH settles later and never does. */
public enum PaymentType {
    CARD, ACH
}
