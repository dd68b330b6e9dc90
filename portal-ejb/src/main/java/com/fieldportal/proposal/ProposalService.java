package com.fieldportal.proposal;

import com.fieldportal.configuration.Section;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.PropertyScope;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.Preview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** The proposals a contact may see. Every method takes the property filter (null = all). */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class ProposalService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    /** All: newest estimated start first. Pending and Accepted: by estimated start date, soonest first. */
    public List<ProposalRow> proposals(Long propertyId, ProposalFilter show) {
        PropertyScope scope = access.scope(Section.PROPOSALS, propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return listQuery(scope, show).getResultList();
    }

    /** The Proposals Pending widget of Home. */
    public Preview<ProposalRow> pendingProposals(Long propertyId, int first) {
        PropertyScope scope = access.scope(Section.PROPOSALS, propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        return Preview.of(listQuery(scope, ProposalFilter.PENDING).setMaxResults(first).getResultList(), first,
                () -> em.createNamedQuery("Proposal.countOfStatusInScope", Long.class)
                        .setParameter("status", CustomerStatus.PENDING)
                        .setParameter("properties", scope.propertyIds())
                        .getSingleResult());
    }

    private TypedQuery<ProposalRow> listQuery(PropertyScope scope, ProposalFilter show) {
        TypedQuery<ProposalRow> query = show.status()
                .map(status -> em.createNamedQuery("Proposal.rowsOfStatusInScope", ProposalRow.class).setParameter("status", status))
                .orElseGet(() -> em.createNamedQuery("Proposal.allRowsInScope", ProposalRow.class));
        return query.setParameter("properties", scope.propertyIds());
    }
}
