package com.fieldportal.proposal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A proposal as lists show it, read in one statement with its property's name. */
public record ProposalRow(long id, String number, String opportunityName, String propertyName, LocalDate estimatedStartDate,
                          CustomerStatus status, BigDecimal price) implements Serializable {

    public String title() {
        return number + " · " + opportunityName;
    }
}
