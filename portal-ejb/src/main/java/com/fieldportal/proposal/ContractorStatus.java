package com.fieldportal.proposal;

/** The opportunity's status on the contractor's side: a signed proposal stays DELIVERED until staff win it. */
public enum ContractorStatus {
    DELIVERED, WON, LOST
}
