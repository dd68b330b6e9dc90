package com.fieldportal.request;

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

/** The service requests a contact may see. Every method takes the property filter (null = all). */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class RequestService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    public List<RequestRow> requests(Long propertyId, RequestStatus show) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return listQuery(scope, show).getResultList();
    }

    /** The Requests Pending widget of Home: open requests, newest first. */
    public Preview<RequestRow> openRequests(Long propertyId, int first) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        return Preview.of(listQuery(scope, RequestStatus.OPEN).setMaxResults(first).getResultList(), first,
                () -> em.createNamedQuery("ServiceRequest.countOfStatusInScope", Long.class)
                        .setParameter("status", RequestStatus.OPEN)
                        .setParameter("properties", scope.propertyIds())
                        .getSingleResult());
    }

    private TypedQuery<RequestRow> listQuery(PropertyScope scope, RequestStatus status) {
        return em.createNamedQuery("ServiceRequest.rowsOfStatusInScope", RequestRow.class)
                .setParameter("properties", scope.propertyIds())
                .setParameter("status", status);
    }
}
