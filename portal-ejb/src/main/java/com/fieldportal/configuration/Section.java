package com.fieldportal.configuration;

/** The parts of the portal the contractor can switch off in Application Configuration. */
public enum Section {
    REQUESTS, PROPOSALS, INVOICES, ELECTRONIC_PAYMENTS
}
