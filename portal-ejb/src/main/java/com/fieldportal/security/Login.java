package com.fieldportal.security;

import com.fieldportal.audit.Actor;
import com.fieldportal.customer.Contact;
import com.fieldportal.shared.EmailAddress;
import com.fieldportal.staff.StaffRole;
import com.fieldportal.staff.StaffUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.Set;

/** A contact or a staff user, seen as someone who signs in with an e-mail address. Contacts win a tie. */
record Login(Credentials credentials, boolean active, Actor actor, String recordType, String name, String email, Set<String> roles) {

    /** Locks the row: parallel wrong passwords must each count towards the lockout, not overwrite one another. */
    static Optional<Login> find(EntityManager em, String email) {
        String login = EmailAddress.normalize(email);
        Optional<Login> contact = em.createNamedQuery("Contact.byEmail", Contact.class)
                .setParameter("email", login).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .map(c -> new Login(c.credentials(), c.isActive(), Actor.contact(c), "Contact", c.getName(), c.getEmail(),
                        Set.of(Roles.CONTACT)));
        if (contact.isPresent()) {
            return contact;
        }
        return em.createNamedQuery("StaffUser.byEmail", StaffUser.class)
                .setParameter("email", login).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .map(s -> new Login(s.credentials(), s.isActive(), Actor.staff(s), "StaffUser", s.getName(), s.getEmail(),
                        s.getRoles().contains(StaffRole.ADMIN) ? Set.of(Roles.STAFF, Roles.ADMIN) : Set.of(Roles.STAFF)));
    }
}
