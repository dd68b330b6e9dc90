package com.fieldportal.customer;

import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.Section;
import com.fieldportal.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Row-level authorization for customer contacts: a contact sees the active properties it is linked to, of its
 * own active account, and nothing else. Every customer-facing service (an EJB that only contacts may call)
 * opens with {@link #scope(Section, Long)}; a record outside the scope answers "not found".
 * <p>
 * The signed-in contact is read once per request, with one statement: the session check, the header, the
 * property filter and every service of the request share it.
 */
@RequestScoped
public class CustomerAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    CurrentSettings settings;

    private Optional<ContactIdentity> identity;

    /** The contact signed in for this request, as read for it; empty when the caller is not a contact. */
    public Optional<ContactIdentity> identity() {
        if (identity == null) {
            identity = load(principal.getName());
        }
        return identity;
    }

    /** The signed-in contact, if it may still use the portal. */
    public ContactIdentity caller() {
        return identity().filter(ContactIdentity::active).orElseThrow(() -> new NotFoundException("Your contact record"));
    }

    /** The signed-in contact's own record, for the services that change something on its behalf. */
    public Contact currentContact() {
        return em.find(Contact.class, caller().id());
    }

    /** The properties of the property filter, by name. */
    public List<LinkedProperty> linkedProperties() {
        return caller().properties();
    }

    /**
     * What a customer-facing service may look at: the section must be switched on, and the properties are the
     * caller's (or the one chosen in the filter).
     *
     * @param propertyId the property chosen in the filter, or null for "All properties"
     * @throws NotFoundException when the section is off or the property is not one of the caller's
     */
    public PropertyScope scope(Section section, Long propertyId) {
        settings.requireShown(section);
        ContactIdentity caller = caller();
        if (propertyId == null) {
            return new PropertyScope(caller.propertyIds());
        }
        if (!caller.isLinkedTo(propertyId)) {
            throw new NotFoundException("Property");
        }
        return new PropertyScope(List.of(propertyId));
    }

    /** @param what how the record is called in the "not found" message, e.g. "Invoice" */
    public void requireLinked(Property property, String what) {
        if (!caller().isLinkedTo(property.getId())) {
            throw new NotFoundException(what);
        }
    }

    private Optional<ContactIdentity> load(String email) {
        List<Object[]> rows = em.createNamedQuery("Contact.identity", Object[].class)
                .setParameter("email", email).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        long accountId = (Long) first[3];
        List<LinkedProperty> properties = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[6] != null && Boolean.TRUE.equals(row[8]) && row[9].equals(accountId)) {
                properties.add(new LinkedProperty((Long) row[6], (String) row[7]));
            }
        }
        boolean active = Boolean.TRUE.equals(first[2]) && Boolean.TRUE.equals(first[4]);
        return Optional.of(new ContactIdentity((Long) first[0], (String) first[1], accountId, active, (Integer) first[5], properties));
    }
}
