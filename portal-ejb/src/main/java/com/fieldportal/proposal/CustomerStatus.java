package com.fieldportal.proposal;

/** The proposal's status as the customer sees it. "Accepted" everywhere (the old help says "Approved" once). */
public enum CustomerStatus {
    PENDING("Pending"), ACCEPTED("Accepted"), REJECTED("Rejected");

    private final String label;

    CustomerStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
