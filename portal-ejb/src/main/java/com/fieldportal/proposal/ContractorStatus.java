package com.fieldportal.proposal;

/** The opportunity's status on the contractor's side: a signed proposal stays DELIVERED until staff win it. */
public enum ContractorStatus {
    DELIVERED("Delivered"), WON("Won"), LOST("Lost");

    private final String label;

    ContractorStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
