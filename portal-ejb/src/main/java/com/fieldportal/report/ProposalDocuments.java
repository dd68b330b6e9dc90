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
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * View Proposal as a PDF, from the proposal template: as sent while pending, with the signature and its audit block
 * once signed. A contact gets only proposals of its own properties (through {@link ProposalService}); staff any.
 */
@Stateless
@RolesAllowed({Roles.CONTACT, Roles.STAFF})
public class ProposalDocuments {

    /** A document as shown to a contact, and the version of the proposal it shows: what Select &amp; Sign signs. */
    public record Shown(long proposalId, long version, boolean pending, Document document) {
    }

    @EJB
    ReportTemplates templates;

    @EJB
    ProposalService proposals;

    @EJB
    ProposalDesk desk;

    @Inject
    CurrentReportContent content;

    @RolesAllowed(Roles.CONTACT)
    public Shown proposalForContact(long proposalId) {
        Proposal proposal = proposals.proposal(proposalId);
        return new Shown(proposal.getId(), proposal.getVersion(), proposal.isPending(), document(proposal));
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
        byte[] pdf = templates.proposalPdf(content.get().proposal(proposal, signature == null ? null : decode(signature.getImage())));
        return Document.pdf(signature == null ? "Proposal" : "Signed-proposal", proposal.getNumber(), pdf);
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
