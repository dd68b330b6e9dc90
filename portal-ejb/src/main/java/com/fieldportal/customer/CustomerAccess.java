package com.fieldportal.customer;

import com.fieldportal.security.Roles;
import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Row-level authorization for customer contacts: a contact sees the active properties it is linked to,
 * of its own active account, and nothing else. Every customer-facing service asks here first; a record
 * outside the scope answers "not found".
 */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class CustomerAccess {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public Contact currentContact() {
        return em.createNamedQuery("Contact.byEmail", Contact.class)
                .setParameter("email", session.getCallerPrincipal().getName())
                .getResultStream().filter(Contact::isActive).findFirst()
                .orElseThrow(() -> new NotFoundException("Your contact record"));
    }

    /** The properties of the property filter, by name. */
    public List<Property> linkedProperties() {
        return em.createQuery("""
                SELECT p FROM Contact c JOIN c.linkedProperties p
                WHERE c.id = :contact AND p.active = true AND p.account = c.account
                ORDER BY p.name""", Property.class)
                .setParameter("contact", currentContact().getId())
                .getResultList();
    }

    /**
     * @param propertyId the property chosen in the filter, or null for "All properties"
     * @throws NotFoundException when the property is not one of the caller's
     */
    public PropertyScope scope(Long propertyId) {
        List<Long> linked = linkedProperties().stream().map(Property::getId).toList();
        if (propertyId == null) {
            return new PropertyScope(linked);
        }
        if (!linked.contains(propertyId)) {
            throw new NotFoundException("Property");
        }
        return new PropertyScope(List.of(propertyId));
    }

    /** @param what how the record is called in the "not found" message, e.g. "Invoice INV-1001" */
    public void requireLinked(Property property, String what) {
        if (!scope(null).propertyIds().contains(property.getId())) {
            throw new NotFoundException(what);
        }
    }
}
