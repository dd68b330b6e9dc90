package com.fieldportal.proposal;

import java.util.List;
import java.util.Optional;

/** The Sort By drop-down of the proposal list. */
public enum ProposalFilter {
    ALL("All", null), PENDING("Pending", CustomerStatus.PENDING), ACCEPTED("Accepted", CustomerStatus.ACCEPTED);

    private final String label;
    private final CustomerStatus status;

    ProposalFilter(String label, CustomerStatus status) {
        this.label = label;
        this.status = status;
    }

    public String getLabel() {
        return label;
    }

    Optional<CustomerStatus> status() {
        return Optional.ofNullable(status);
    }

    List<CustomerStatus> statuses() {
        return status == null ? List.of(CustomerStatus.values()) : List.of(status);
    }
}
