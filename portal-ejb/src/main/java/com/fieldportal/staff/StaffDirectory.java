package com.fieldportal.staff;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.Changes;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The contractor's staff users, for admins: who is admin, who may sign in. There is always an active admin left:
 * the last one cannot be deactivated or lose the role. (New staff users are invited: signin.Invitations.)
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffDirectory {

    static final String LAST_ADMIN = "This is the last active admin: make someone else admin first.";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    SignedInStaff signedIn;

    public List<StaffRow> staff() {
        return em.createNamedQuery("StaffUser.all", StaffUser.class).getResultList().stream().map(StaffRow::of).toList();
    }

    public void makeAdmin(long id, boolean admin) {
        StaffUser user = user(id);
        if (user.isAdmin() == admin) {
            return;
        }
        if (!admin) {
            requireAnotherAdmin(user);
        }
        audit.record(signedIn.actor(), "STAFF_ROLES_CHANGED", "StaffUser", id, new Changes().field("admin", user.isAdmin(), admin).toString());
        user.makeAdmin(admin);
    }

    public void deactivate(long id) {
        StaffUser user = user(id);
        if (!user.isActive()) {
            return;
        }
        if (user.isAdmin()) {
            requireAnotherAdmin(user);
        }
        audit.record(signedIn.actor(), "STAFF_USER_DEACTIVATED", "StaffUser", id, new Changes().field("active", true, false).toString());
        user.deactivate();
    }

    public void reactivate(long id) {
        StaffUser user = user(id);
        if (!user.isActive()) {
            audit.record(signedIn.actor(), "STAFF_USER_REACTIVATED", "StaffUser", id, new Changes().field("active", false, true).toString());
            user.reactivate();
        }
    }

    /**
     * Counts the other active admins with their rows locked, so that two admins taking the role from each other at
     * the same moment cannot leave none.
     */
    private void requireAnotherAdmin(StaffUser user) {
        List<StaffUser> admins = em.createNamedQuery("StaffUser.all", StaffUser.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().filter(s -> s.isActive() && s.isAdmin()).toList();
        if (admins.stream().noneMatch(s -> !s.isSameAs(user))) {
            throw new BusinessException(LAST_ADMIN);
        }
    }

    private StaffUser user(long id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw new NotFoundException("Staff user");
        }
        return user;
    }
}
