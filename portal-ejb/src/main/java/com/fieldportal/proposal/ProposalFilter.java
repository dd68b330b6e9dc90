package com.fieldportal.proposal;

/** The Sort By drop-down of the proposal list. */
public enum ProposalFilter {
    ALL("All"), PENDING("Pending"), ACCEPTED("Accepted");

    private final String label;

    ProposalFilter(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
