package com.fieldportal.request;

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

/** The service requests a contact may see. Every method takes the property filter (null = all). */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class RequestService {

    private static final String OF_STATUS_NEWEST_FIRST =
            "SELECT r FROM ServiceRequest r WHERE r.property.id IN :properties AND r.status = :status ORDER BY r.createdAt DESC, r.number DESC";

    @PersistenceContext
    EntityManager em;

    @EJB
    CustomerAccess access;

    @EJB
    ConfigurationService configuration;

    public List<ServiceRequest> requests(Long propertyId, RequestStatus show) {
        configuration.requireShown(Section.REQUESTS);
        PropertyScope scope = access.scope(propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return listQuery(scope, show).getResultList();
    }

    /** The Requests Pending widget of Home: open requests, newest first. */
    public Preview<ServiceRequest> openRequests(Long propertyId, int first) {
        configuration.requireShown(Section.REQUESTS);
        PropertyScope scope = access.scope(propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        long count = em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.status = :status AND r.property.id IN :properties", Long.class)
                .setParameter("status", RequestStatus.OPEN)
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
        return new Preview<>(count, listQuery(scope, RequestStatus.OPEN).setMaxResults(first).getResultList());
    }

    private TypedQuery<ServiceRequest> listQuery(PropertyScope scope, RequestStatus status) {
        return em.createQuery(OF_STATUS_NEWEST_FIRST, ServiceRequest.class)
                .setParameter("properties", scope.propertyIds())
                .setParameter("status", status)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.property");
    }
}
