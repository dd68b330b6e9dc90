package com.fieldportal.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as lists show it, read in one statement with its property's name and its jobs' names. */
public record InvoiceRow(long id, String number, String opportunityName, long opportunities, String propertyName,
                         LocalDate invoiceDate, BigDecimal balance, InvoiceStatus status) implements Serializable {

    /** "INV-1001 · Spring cleanup", or the number alone when the invoice spans several jobs (or none). */
    public String title() {
        return opportunities == 1 ? number + " · " + opportunityName : number;
    }
}
