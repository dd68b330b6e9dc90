package com.fieldportal.invoice;

/** The Show drop-down of the invoice list. */
public enum InvoiceFilter {
    ALL("All"), DUE("Due"), PAID("Paid");

    private final String label;

    InvoiceFilter(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
