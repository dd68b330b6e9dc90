package com.fieldportal.proposal;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.PropertyScope;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.Preview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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

    @EJB
    CustomerAccess access;

    @EJB
    ConfigurationService configuration;

    /** All: newest estimated start first. Pending and Accepted: by estimated start date, soonest first. */
    public List<Proposal> proposals(Long propertyId, ProposalFilter show) {
        configuration.requireShown(Section.PROPOSALS);
        PropertyScope scope = access.scope(propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        String jpql = switch (show) {
            case ALL -> "SELECT p FROM Proposal p WHERE p.property.id IN :properties ORDER BY p.estimatedStartDate DESC, p.number DESC";
            case PENDING -> "SELECT p FROM Proposal p WHERE p.property.id IN :properties"
                    + " AND p.customerStatus = com.fieldportal.proposal.CustomerStatus.PENDING ORDER BY p.estimatedStartDate, p.number";
            case ACCEPTED -> "SELECT p FROM Proposal p WHERE p.property.id IN :properties"
                    + " AND p.customerStatus = com.fieldportal.proposal.CustomerStatus.ACCEPTED ORDER BY p.estimatedStartDate, p.number";
        };
        return listQuery(jpql, scope).getResultList();
    }

    /** The Proposals Pending widget of Home. */
    public Preview<Proposal> pendingProposals(Long propertyId, int first) {
        configuration.requireShown(Section.PROPOSALS);
        PropertyScope scope = access.scope(propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        long count = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.customerStatus = :pending AND p.property.id IN :properties", Long.class)
                .setParameter("pending", CustomerStatus.PENDING)
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
        List<Proposal> rows = listQuery("SELECT p FROM Proposal p WHERE p.property.id IN :properties"
                + " AND p.customerStatus = com.fieldportal.proposal.CustomerStatus.PENDING ORDER BY p.estimatedStartDate, p.number", scope)
                .setMaxResults(first).getResultList();
        return new Preview<>(count, rows);
    }

    private TypedQuery<Proposal> listQuery(String jpql, PropertyScope scope) {
        return em.createQuery(jpql, Proposal.class)
                .setParameter("properties", scope.propertyIds())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.property");
    }
}
