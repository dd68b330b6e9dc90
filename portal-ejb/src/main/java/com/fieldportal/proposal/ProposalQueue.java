package com.fieldportal.proposal;

import java.util.EnumSet;
import java.util.List;

/** The Show drop-down of the staff's proposal list: where a proposal stands on both sides. */
public enum ProposalQueue {
    ALL("All", EnumSet.allOf(CustomerStatus.class), EnumSet.allOf(ContractorStatus.class)),
    TO_WIN("Signed, not yet won", EnumSet.of(CustomerStatus.ACCEPTED), EnumSet.of(ContractorStatus.DELIVERED)),
    WAITING("Waiting for the customer", EnumSet.of(CustomerStatus.PENDING), EnumSet.of(ContractorStatus.DELIVERED)),
    WON("Won", EnumSet.allOf(CustomerStatus.class), EnumSet.of(ContractorStatus.WON)),
    LOST("Declined or lost", EnumSet.allOf(CustomerStatus.class), EnumSet.of(ContractorStatus.LOST));

    private final String label;
    private final EnumSet<CustomerStatus> customerStatuses;
    private final EnumSet<ContractorStatus> contractorStatuses;

    ProposalQueue(String label, EnumSet<CustomerStatus> customerStatuses, EnumSet<ContractorStatus> contractorStatuses) {
        this.label = label;
        this.customerStatuses = customerStatuses;
        this.contractorStatuses = contractorStatuses;
    }

    public String getLabel() {
        return label;
    }

    List<CustomerStatus> customerStatuses() {
        return List.copyOf(customerStatuses);
    }

    List<ContractorStatus> contractorStatuses() {
        return List.copyOf(contractorStatuses);
    }
}
