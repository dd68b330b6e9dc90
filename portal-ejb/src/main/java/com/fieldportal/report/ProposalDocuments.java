package com.fieldportal.report;

import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalDesk;
import com.fieldportal.proposal.ProposalService;
import com.fieldportal.proposal.ProposalSignature;
import com.fieldportal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * View Proposal as a PDF: as sent while it is not signed; once signed, the signed PDF printed when it was signed (with
 * the signature and its audit block), which never changes. A contact gets only proposals of its own properties
 * (through {@link ProposalService}); staff any.
 */
@Stateless
@RolesAllowed({Roles.CONTACT, Roles.STAFF})
public class ProposalDocuments {

    @EJB
    ProposalService proposals;

    @EJB
    ProposalDesk desk;

    @Inject
    ProposalPrinter printer;

    @RolesAllowed(Roles.CONTACT)
    public Document proposalForContact(long proposalId) {
        return document(proposals.proposal(proposalId));
    }

    @RolesAllowed(Roles.STAFF)
    public Document proposalForStaff(long proposalId) {
        return document(desk.proposal(proposalId));
    }

    /** The document the customer was shown and signed, byte for byte: hashing it gives the SHA-256 of the audit trail. */
    @RolesAllowed(Roles.STAFF)
    public Document asSignedForStaff(long proposalId) {
        return Document.pdf("Proposal", desk.proposal(proposalId).getNumber() + "-as-signed", desk.signedDocument(proposalId));
    }

    private Document document(Proposal proposal) {
        ProposalSignature signature = proposal.getSignature();
        if (signature == null) {
            return Document.pdf("Proposal", proposal.getNumber(), printer.print(proposal));
        }
        byte[] printed = signature.getSignedPdf();
        return Document.pdf("Signed-proposal", proposal.getNumber(), printed != null ? printed : printer.print(proposal));
    }
}
