package com.fieldportal.request;

import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.PropertyScope;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.Page;
import com.fieldportal.shared.Preview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** The service requests a contact may see. Every method takes the property filter (null = all). */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class RequestService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    @Inject
    CurrentSettings settings;

    public long count(Long propertyId, RequestStatus show) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery("ServiceRequest.countOfStatusInScope", Long.class)
                .setParameter("status", show)
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
    }

    /** A page of the list, newest first. */
    public List<RequestRow> requests(Long propertyId, RequestStatus show, int first, int size) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return listQuery(scope, show).setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    /** The requests a proposal answers, among those the contact may see; none when requests are switched off. */
    public List<RequestRow> requestsOfProposal(long proposalId) {
        PropertyScope scope = settings.shows(Section.REQUESTS) ? access.scope(Section.REQUESTS, null) : new PropertyScope(List.of());
        if (scope.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ServiceRequest.rowsOfProposalInScope", RequestRow.class)
                .setParameter("proposal", proposalId)
                .setParameter("properties", scope.propertyIds())
                .getResultList();
    }

    /** The Requests Pending widget of Home: open requests, newest first. */
    public Preview<RequestRow> openRequests(Long propertyId, int first) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        return Preview.of(listQuery(scope, RequestStatus.OPEN).setMaxResults(first).getResultList(), first,
                () -> count(propertyId, RequestStatus.OPEN));
    }

    private TypedQuery<RequestRow> listQuery(PropertyScope scope, RequestStatus status) {
        return em.createNamedQuery("ServiceRequest.rowsOfStatusInScope", RequestRow.class)
                .setParameter("properties", scope.propertyIds())
                .setParameter("status", status);
    }
}
