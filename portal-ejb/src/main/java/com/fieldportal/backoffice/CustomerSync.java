package com.fieldportal.backoffice;

import com.fieldportal.customer.Contact;
import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.Property;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.ConflictException;
import com.fieldportal.shared.EmailAddress;
import com.fieldportal.signin.InvitationSender;
import com.fieldportal.staff.StaffRole;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Customer accounts, their properties and contacts, and the contractor's staff, as the back office sends them. */
@Stateless
@RolesAllowed(Roles.API_WRITE)
public class CustomerSync {

    @PersistenceContext
    EntityManager em;

    @Inject
    Upserts upserts;

    @EJB
    InvitationSender invitations;

    @Inject
    CallingKey key;

    public Stored account(String externalId, AccountDocument document) {
        References references = new References(em);
        Optional<CustomerAccount> existing = references.find(CustomerAccount.class, externalId);
        Upserts.requireFree(em, CustomerAccount.class, "accountNumber", document.accountNumber(), "Account number", existing.orElse(null));
        boolean active = !Boolean.FALSE.equals(document.active());
        if (existing.isPresent()) {
            return upserts.revised(existing.get(), externalId, existing.get().revise(document.accountNumber(), document.name(),
                    AddressDocument.toAddress(document.billingAddress()), active));
        }
        CustomerAccount account = new CustomerAccount(externalId, document.accountNumber(), document.name(),
                AddressDocument.toAddress(document.billingAddress()));
        account.revise(document.accountNumber(), document.name(), AddressDocument.toAddress(document.billingAddress()), active);
        em.persist(account);
        return upserts.created(account, externalId);
    }

    public Stored property(String externalId, PropertyDocument document) {
        References references = new References(em);
        CustomerAccount account = references.require(CustomerAccount.class, "account", document.account());
        StaffUser owner = references.require(StaffUser.class, "staff user", document.accountOwner());
        StaffUser manager = references.require(StaffUser.class, "staff user", document.operationsManager());
        StaffUser rep = references.require(StaffUser.class, "staff user", document.salesRep());
        references.requireKnown();
        boolean active = !Boolean.FALSE.equals(document.active());
        Optional<Property> existing = references.find(Property.class, externalId);
        if (existing.isPresent()) {
            return upserts.revised(existing.get(), externalId, existing.get().revise(account, document.name(),
                    AddressDocument.toAddress(document.address()), owner, manager, rep, active));
        }
        Property property = new Property(externalId, account, document.name(), AddressDocument.toAddress(document.address()));
        property.revise(account, document.name(), AddressDocument.toAddress(document.address()), owner, manager, rep, active);
        em.persist(property);
        return upserts.created(property, externalId);
    }

    /** A contact, invited to the portal in the same call if the document asks and they have not been yet. */
    public Stored contact(String externalId, ContactDocument document) {
        References references = new References(em);
        CustomerAccount account = references.require(CustomerAccount.class, "account", document.account());
        Set<Property> properties = new LinkedHashSet<>();
        for (String property : Objects.requireNonNullElse(document.properties(), List.<String>of())) {
            properties.add(references.require(Property.class, "property", property));
        }
        references.requireKnown();
        Optional<Contact> existing = references.find(Contact.class, externalId);
        requireFreeLogin(document.email(), existing.orElse(null), null);
        if (existing.isPresent() && !existing.get().getAccount().isSameAs(account)) {
            throw new ConflictException("Contact " + externalId + " belongs to another customer account; it cannot move.");
        }
        boolean active = !Boolean.FALSE.equals(document.active());
        Contact contact = existing.orElseGet(() -> new Contact(account, document.name(), document.email(), document.phone(),
                EnumSet.copyOf(document.roles())));
        var changes = contact.revise(document.name(), document.email(), document.phone(), document.roles(), properties, active);
        Stored stored;
        if (existing.isPresent()) {
            stored = upserts.revised(contact, externalId, changes);
        } else {
            contact.knownAs(externalId);
            em.persist(contact);
            stored = upserts.created(contact, externalId);
        }
        if (document.invite() && contact.isWaitingForInvitation() && contact.isActive()) {
            invitations.inviteWith(contact, key.caller().actor());
        }
        return stored;
    }

    /** A staff user; never an admin (admins are made in the staff console, by an admin). */
    public Stored staff(String externalId, StaffDocument document) {
        Optional<StaffUser> existing = new References(em).find(StaffUser.class, externalId);
        requireFreeLogin(document.email(), null, existing.orElse(null));
        boolean active = !Boolean.FALSE.equals(document.active());
        StaffUser user = existing.orElseGet(() -> new StaffUser(document.name(), document.email(), document.phone(), EnumSet.of(StaffRole.STAFF)));
        var changes = user.revise(document.name(), document.email(), document.phone(), active);
        Stored stored;
        if (existing.isPresent()) {
            stored = upserts.revised(user, externalId, changes);
        } else {
            user.knownAs(externalId);
            em.persist(user);
            stored = upserts.created(user, externalId);
        }
        if (document.invite() && existing.isEmpty() && active) {
            invitations.inviteStaff(user.getId(), key.caller().actor());
        }
        return stored;
    }

    /** Contacts and staff sign in by e-mail address: one address, one person. */
    private void requireFreeLogin(String email, Contact contact, StaffUser staff) {
        String login = EmailAddress.normalize(email);
        Upserts.requireFree(em, Contact.class, "email", login, "The e-mail address", contact);
        Upserts.requireFree(em, StaffUser.class, "email", login, "The e-mail address", staff);
    }
}
