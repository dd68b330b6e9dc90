package com.fieldportal.backoffice;

import com.fieldportal.customer.Property;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalLineItem;
import com.fieldportal.security.Roles;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Proposals as the back office sends them; a signed or declined one is refused if changed (see Proposal.revise). */
@Stateless
@RolesAllowed(Roles.API_WRITE)
public class ProposalSync {

    @PersistenceContext
    EntityManager em;

    @Inject
    Upserts upserts;

    public Stored proposal(String externalId, ProposalDocument document) {
        References references = new References(em);
        Property property = references.require(Property.class, "property", document.property());
        StaffUser rep = references.require(StaffUser.class, "staff user", document.salesRep());
        StaffUser contact = references.require(StaffUser.class, "staff user", document.serviceContact());
        references.requireKnown();
        Optional<Proposal> existing = references.find(Proposal.class, externalId);
        // as signing locks it: a customer signing at this moment waits, or this call sees the proposal signed
        existing.ifPresent(proposal -> em.lock(proposal, LockModeType.PESSIMISTIC_WRITE));
        Upserts.requireFree(em, Proposal.class, "number", document.number(), "Proposal number", existing.orElse(null));
        List<ProposalLineItem> lines = document.lines().stream()
                .map(line -> new ProposalLineItem(line.description(), line.quantity(), line.unitPrice(), line.optional())).toList();
        Proposal proposal = existing.orElseGet(() -> new Proposal(document.number(), externalId, document.opportunityName(), property,
                rep, contact, document.sentDate(), document.estimatedStartDate(), document.terms()));
        var changes = proposal.revise(document.number(), document.opportunityName(), property, rep, contact, document.sentDate(),
                document.estimatedStartDate(), document.terms(), lines);
        if (existing.isPresent()) {
            if (!changes.isEmpty()) {
                // new lines alone would not raise the version: a page opened before must not sign what it did not show
                em.lock(proposal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
            return upserts.revised(proposal, externalId, changes);
        }
        em.persist(proposal);
        return upserts.created(proposal, externalId);
    }
}
