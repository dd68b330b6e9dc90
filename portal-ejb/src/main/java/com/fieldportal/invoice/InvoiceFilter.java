package com.fieldportal.invoice;

import java.util.List;

/** The Show drop-down of the invoice list. */
public enum InvoiceFilter {
    ALL("All", List.of(InvoiceStatus.DUE, InvoiceStatus.PAID)),
    DUE("Due", List.of(InvoiceStatus.DUE)),
    PAID("Paid", List.of(InvoiceStatus.PAID));

    private final String label;
    private final List<InvoiceStatus> statuses;

    InvoiceFilter(String label, List<InvoiceStatus> statuses) {
        this.label = label;
        this.statuses = statuses;
    }

    public String getLabel() {
        return label;
    }

    List<InvoiceStatus> statuses() {
        return statuses;
    }
}
