package com.fieldportal.invoice;

/**
 * Cards (credit, debit or prepaid) settle at once and may carry a convenience fee; ACH bank debits settle later and
 * never do; OFFLINE is a check or cash staff recorded.
 */
public enum PaymentType {
    CARD("Card"), ACH("Bank account (ACH)"), OFFLINE("Check or cash");

    private final String label;

    PaymentType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
