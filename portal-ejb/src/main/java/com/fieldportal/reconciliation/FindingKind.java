package com.fieldportal.reconciliation;

/** What a run found. Drifts are fixed; the others are left for staff. */
public enum FindingKind {
    INVOICE_BALANCE("Invoice balance drifted", true),
    CREDIT_REMAINING("Credit remaining drifted", true),
    CREDIT_OVER_APPLIED("Credit applied beyond its amount", false),
    PAYMENT_RETURNED("Bank payment returned", false),
    SETTLEMENT_FAILED("Settlement could not be asked", false);

    private final String label;
    private final boolean drift;

    FindingKind(String label, boolean drift) {
        this.label = label;
        this.drift = drift;
    }

    public String getLabel() {
        return label;
    }

    public boolean isDrift() {
        return drift;
    }
}
