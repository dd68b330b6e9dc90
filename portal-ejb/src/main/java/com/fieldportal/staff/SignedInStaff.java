package com.fieldportal.staff;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.ActorType;
import com.fieldportal.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;

/** The staff user signed in for this request, read from the database once per request. */
@RequestScoped
public class SignedInStaff {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    private Optional<StaffIdentity> identity;

    /** Who the audit log says did it. */
    public Actor actor() {
        StaffIdentity staff = identity().orElseThrow(() -> new NotFoundException("Your staff record"));
        return new Actor(ActorType.STAFF, staff.id(), staff.email());
    }

    public Optional<StaffIdentity> identity() {
        if (identity == null) {
            identity = em.createNamedQuery("StaffUser.identity", StaffIdentity.class)
                    .setParameter("email", principal.getName())
                    .getResultStream().findFirst();
        }
        return identity;
    }
}
