package com.fieldportal.invoice;

import com.fieldportal.proposal.Proposal;

/** A job an invoice bills for, as the back office sends it: its name, and the proposal it came from if any. */
public record BilledJob(String name, Proposal proposal) {

    String describe() {
        return proposal == null ? name : name + " (" + proposal.getNumber() + ")";
    }
}
