package com.fieldportal.customer;

/** Both roles may see and pay invoices; the primary contact is the one the contractor talks to first. */
public enum ContactRole {
    PRIMARY, BILLING
}
