package com.fieldportal.proposal;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Like;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Proposals in the staff console: every customer's, by where they stand; one with its signature's evidence; and
 * winning or losing the opportunity. Nothing here changes what a customer signed.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ProposalDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignedInStaff staff;

    @Inject
    AuditLog audit;

    public long count(ProposalQueue show, String text) {
        return filtered(em.createNamedQuery("Proposal.staffCount", Long.class), show, text).getSingleResult();
    }

    public List<StaffProposalRow> proposals(ProposalQueue show, String text, int first, int size) {
        return filtered(em.createNamedQuery("Proposal.staffRows", StaffProposalRow.class), show, text)
                .setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    public Proposal proposal(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null) {
            throw new NotFoundException("Proposal");
        }
        return proposal;
    }

    /** The drawn signature of a signed proposal, as PNG. */
    public byte[] signatureImage(long proposalId) {
        return signature(proposalId).getImage();
    }

    /** The document the customer was shown when signing, byte for byte. */
    public byte[] signedDocument(long proposalId) {
        byte[] document = signature(proposalId).getDocument();
        if (document == null) {
            throw new NotFoundException("The signed document");
        }
        return document;
    }

    /** @param shownVersion the version the staff user looked at: what the customer did since is not overruled unseen */
    public void win(long id, long shownVersion) {
        Proposal proposal = locked(id, shownVersion);
        proposal.win();
        audit.record(staff.actor(), "PROPOSAL_WON", "Proposal", id, proposal.getNumber());
    }

    public void lose(long id, long shownVersion) {
        Proposal proposal = locked(id, shownVersion);
        proposal.lose();
        audit.record(staff.actor(), "PROPOSAL_LOST", "Proposal", id, proposal.getNumber());
    }

    private ProposalSignature signature(long proposalId) {
        ProposalSignature signature = proposal(proposalId).getSignature();
        if (signature == null) {
            throw new NotFoundException("The signature");
        }
        return signature;
    }

    private Proposal locked(long id, long shownVersion) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("Proposal");
        }
        if (proposal.getVersion() != shownVersion) {
            throw new BusinessException("Proposal " + proposal.getNumber() + " changed since this page was opened (the customer may have"
                    + " signed or declined it). It is shown again as it is now.");
        }
        return proposal;
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, ProposalQueue show, String text) {
        return query.setParameter("customerStatuses", show.customerStatuses())
                .setParameter("contractorStatuses", show.contractorStatuses())
                .setParameter("text", Like.anywhere(text));
    }
}
