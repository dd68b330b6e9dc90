package com.fieldportal.signin;

import com.fieldportal.audit.Actor;
import com.fieldportal.customer.Contact;
import com.fieldportal.security.Credentials;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.EmailAddress;
import com.fieldportal.staff.StaffRole;
import com.fieldportal.staff.StaffUser;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;

/**
 * A contact or a staff user, seen as someone who signs in with an e-mail address. Contacts win a tie.
 * Holds the managed entity's credentials: changes to them are saved with the transaction it was found in.
 */
record Login(Credentials credentials, boolean active, Actor actor, String name, String email, Set<String> roles) {

    static Optional<Login> find(EntityManager em, String email) {
        String login = EmailAddress.normalize(email);
        Optional<Login> contact = em.createNamedQuery("Contact.byEmail", Contact.class)
                .setParameter("email", login).getResultStream().findFirst()
                .map(c -> new Login(c.credentials(), c.isActive(), c.actor(), c.getName(), c.getEmail(), Set.of(Roles.CONTACT)));
        if (contact.isPresent()) {
            return contact;
        }
        return em.createNamedQuery("StaffUser.byEmail", StaffUser.class)
                .setParameter("email", login).getResultStream().findFirst()
                .map(s -> new Login(s.credentials(), s.isActive(), s.actor(), s.getName(), s.getEmail(),
                        s.getRoles().contains(StaffRole.ADMIN) ? Set.of(Roles.STAFF, Roles.ADMIN) : Set.of(Roles.STAFF)));
    }

    /** "Contact" or "StaffUser", as the audit log names the record. */
    String recordType() {
        return roles.contains(Roles.CONTACT) ? "Contact" : "StaffUser";
    }

    SignedInLogin signedIn() {
        return new SignedInLogin(email, roles, credentials.sessionEpoch());
    }
}
