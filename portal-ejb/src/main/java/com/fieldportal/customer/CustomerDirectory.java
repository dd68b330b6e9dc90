package com.fieldportal.customer;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.Changes;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.Like;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Customer accounts, their properties and contacts, for the contractor's staff. Staff look things up; admins
 * change who may sign in and which properties a contact sees. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class CustomerDirectory {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    SignedInStaff staff;

    /** @param query part of an account's name or number, or of a contact's e-mail address; blank for all */
    public List<AccountRow> accounts(String query, int first, int size) {
        return em.createNamedQuery("CustomerAccount.search", AccountRow.class).setParameter("query", Like.anywhere(query))
                .setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    public long countAccounts(String query) {
        return em.createNamedQuery("CustomerAccount.countSearch", Long.class).setParameter("query", Like.anywhere(query)).getSingleResult();
    }

    public AccountDetail account(long id) {
        CustomerAccount account = em.find(CustomerAccount.class, id);
        if (account == null) {
            throw new NotFoundException("Customer account");
        }
        List<PropertyRow> properties = em.createNamedQuery("Property.ofAccount", Property.class).setParameter("account", id)
                .getResultList().stream().map(PropertyRow::of).toList();
        List<ContactRow> contacts = em.createNamedQuery("Contact.ofAccount", Contact.class).setParameter("account", id)
                .getResultList().stream().map(ContactRow::of).toList();
        String address = account.getBillingAddress() == null ? "" : account.getBillingAddress().getSingleLine();
        return new AccountDetail(new AccountRow(account.getId(), account.getAccountNumber(), account.getName(), account.isActive()),
                address, properties, contacts);
    }

    /** The contact can no longer sign in, and its sessions end at their next request. */
    @RolesAllowed(Roles.ADMIN)
    public void deactivate(long contactId) {
        Contact contact = contact(contactId);
        audit.record(staff.actor(), "CONTACT_DEACTIVATED", "Contact", contactId, new Changes().field("active", contact.isActiveFlag(), false).toString());
        contact.deactivate();
    }

    @RolesAllowed(Roles.ADMIN)
    public void reactivate(long contactId) {
        Contact contact = contact(contactId);
        audit.record(staff.actor(), "CONTACT_REACTIVATED", "Contact", contactId, new Changes().field("active", contact.isActiveFlag(), true).toString());
        contact.reactivate();
    }

    @RolesAllowed(Roles.ADMIN)
    public void link(long contactId, long propertyId) {
        Contact contact = contact(contactId);
        Property property = property(propertyId);
        contact.linkTo(property);
        audit.record(staff.actor(), "CONTACT_LINKED", "Contact", contactId, "property " + property.getName() + " (" + propertyId + ")");
    }

    @RolesAllowed(Roles.ADMIN)
    public void unlink(long contactId, long propertyId) {
        Contact contact = contact(contactId);
        Property property = property(propertyId);
        contact.unlinkFrom(property);
        audit.record(staff.actor(), "CONTACT_UNLINKED", "Contact", contactId, "property " + property.getName() + " (" + propertyId + ")");
    }

    private Contact contact(long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            throw new NotFoundException("Contact");
        }
        return contact;
    }

    private Property property(long id) {
        Property property = em.find(Property.class, id);
        if (property == null) {
            throw new NotFoundException("Property");
        }
        return property;
    }
}
