package com.fieldportal.proposal;

/** Prints a proposal as it stands: as sent, or signed with its signature and audit block. (The report module prints.) */
public interface ProposalPdf {

    byte[] print(Proposal proposal);
}
