package com.fieldportal.proposal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A proposal as the staff console lists it: whose, both statuses, and when it was signed (null: not signed). */
public record StaffProposalRow(long id, String number, String opportunityName, long accountId, String accountName, String propertyName,
                               LocalDate sentDate, CustomerStatus customerStatus, ContractorStatus contractorStatus, BigDecimal price,
                               Instant signedAt) implements Serializable {

    public String title() {
        return number + " · " + opportunityName;
    }

    public boolean signed() {
        return signedAt != null;
    }
}
