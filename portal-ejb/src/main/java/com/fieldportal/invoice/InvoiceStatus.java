package com.fieldportal.invoice;

public enum InvoiceStatus {
    DUE("Due"), PAID("Paid");

    private final String label;

    InvoiceStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
