package com.fieldportal.proposal;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.RequestOrigin;
import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.Contact;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.PropertyScope;
import com.fieldportal.notification.Outbox;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Formats;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.shared.Preview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proposals a contact may see, and what a contact does with one: sign it (Select &amp; Sign) or decline it. List
 * methods take the property filter (null = all); a proposal of another account is "not found", like one that does
 * not exist.
 */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class ProposalService {

    static final String CHANGED = "This proposal changed after you opened it. Look it over again.";
    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    RequestOrigin origin;

    @Inject
    Formats formats;

    @Inject
    CurrentSettings settings;

    @Inject
    ProposalPdf printer;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    public long count(Long propertyId, ProposalFilter show) {
        PropertyScope scope = access.scope(Section.PROPOSALS, propertyId);
        if (scope.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery("Proposal.countOfStatusesInScope", Long.class)
                .setParameter("statuses", show.statuses())
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
    }

    /** A page of the list. All: newest estimated start first. Pending and Accepted: by estimated start date, soonest first. */
    public List<ProposalRow> proposals(Long propertyId, ProposalFilter show, int first, int size) {
        PropertyScope scope = access.scope(Section.PROPOSALS, propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return listQuery(scope, show).setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    /** The Proposals Pending widget of Home. */
    public Preview<ProposalRow> pendingProposals(Long propertyId, int first) {
        PropertyScope scope = access.scope(Section.PROPOSALS, propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        return Preview.of(listQuery(scope, ProposalFilter.PENDING).setMaxResults(first).getResultList(), first,
                () -> count(propertyId, ProposalFilter.PENDING));
    }

    /** One proposal, if it is at one of the caller's properties; its lines and signature load when read. */
    public Proposal proposal(long id) {
        access.scope(Section.PROPOSALS, null);
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null) {
            throw new NotFoundException("Proposal");
        }
        access.requireLinked(proposal.getProperty(), "Proposal");
        return proposal;
    }

    /**
     * Select &amp; Sign: the signature and its evidence are kept, and the signed PDF is printed once, now. The proposal
     * row is locked, so that of two submits at once the second finds it signed. A page opened before the proposal last
     * changed is refused: the customer signs what they were shown, or nothing.
     *
     * @throws BusinessException with words for the customer: signed already, changed since shown, no mark, no name
     */
    public void sign(Acceptance acceptance) {
        String name = acceptance.signerName() == null ? "" : acceptance.signerName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new BusinessException(name.isEmpty() ? "Type your name under the signature."
                    : "Type your name on one line, in at most " + MAX_NAME + " characters.");
        }
        byte[] png = SignatureImage.check(acceptance.signaturePng());
        Proposal proposal = locked(acceptance.proposalId());
        proposal.requirePending();
        if (proposal.getVersion() != acceptance.shownVersion()) {
            throw new BusinessException(CHANGED);
        }
        Contact signer = access.currentContact();
        List<ProposalLine> chosen = proposal.optionalLines(acceptance.chosenLineIds());
        ProposalSignature signature = proposal.sign(new Signing(signer, name, png, Instant.now(), origin.ipAddress(), origin.userAgent()),
                chosen, Objects.requireNonNull(acceptance.shownDocument()));
        signature.keepSignedPdf(printer.print(proposal));
        audit.record(signer.actor(), "PROPOSAL_SIGNED", "Proposal", proposal.getId(), proposal.getNumber() + " signed as " + name
                + "; options: " + (chosen.isEmpty() ? "none" : chosen.stream().map(ProposalLine::getDescription).collect(Collectors.joining(", ")))
                + "; total " + formats.money(proposal.getPrice()) + "; document SHA-256 " + signature.getDocumentSha256());
        ProposalMails.recipient(proposal, settings.get()).ifPresent(to -> outbox.queue(
                ProposalMails.signed(to, proposal, formats, staffLink(proposal)), "proposal:" + proposal.getId()));
    }

    /** The customer declines a pending proposal, with a reason or without; the sales rep is told. */
    public void decline(long proposalId, long shownVersion, String reason) {
        Proposal proposal = locked(proposalId);
        proposal.requirePending();
        if (proposal.getVersion() != shownVersion) {
            throw new BusinessException(CHANGED);
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new BusinessException("The reason has at most " + MAX_REASON + " characters.");
        }
        Contact contact = access.currentContact();
        proposal.decline(reason);
        audit.record(contact.actor(), "PROPOSAL_DECLINED", "Proposal", proposal.getId(), proposal.getNumber()
                + (proposal.getDeclineReason() == null ? "" : ": " + proposal.getDeclineReason()));
        ProposalMails.recipient(proposal, settings.get()).ifPresent(to -> outbox.queue(
                ProposalMails.declined(to, proposal, contact.getName(), staffLink(proposal)), "proposal:" + proposal.getId()));
    }

    private Proposal locked(long id) {
        access.scope(Section.PROPOSALS, null);
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("Proposal");
        }
        access.requireLinked(proposal.getProperty(), "Proposal");
        return proposal;
    }

    private String staffLink(Proposal proposal) {
        return baseUrl + "/staff/proposal.xhtml?id=" + proposal.getId();
    }

    private TypedQuery<ProposalRow> listQuery(PropertyScope scope, ProposalFilter show) {
        TypedQuery<ProposalRow> query = show.status()
                .map(status -> em.createNamedQuery("Proposal.rowsOfStatusInScope", ProposalRow.class).setParameter("status", status))
                .orElseGet(() -> em.createNamedQuery("Proposal.allRowsInScope", ProposalRow.class));
        return query.setParameter("properties", scope.propertyIds());
    }
}
