package com.fieldportal.proposal;

import com.fieldportal.shared.ConflictException;

/** The customer signed or declined the proposal: it is kept as it was, and changing it is a conflict. */
public class ProposalClosed extends ConflictException {

    public ProposalClosed(String message) {
        super(message);
    }
}
