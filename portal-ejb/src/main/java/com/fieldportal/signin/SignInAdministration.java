package com.fieldportal.signin;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.security.Roles;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Staff's view of the sign-in throttle: recent wrong passwords per login, and "unlock", which forgets them. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class SignInAdministration {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    SignedInStaff staff;

    @Inject
    @ConfigProperty(name = "portal.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    /** Wrong passwords of the throttle's window, for the logins that have any. */
    public Map<String, Long> recentFailures(Collection<String> logins) {
        Map<String, Long> failures = new HashMap<>();
        if (logins.isEmpty()) {
            return failures;
        }
        List<Object[]> rows = em.createNamedQuery("SignInFailure.recentByLogin", Object[].class)
                .setParameter("logins", logins).setParameter("since", Instant.now().minus(Duration.ofMinutes(windowMinutes)))
                .getResultList();
        for (Object[] row : rows) {
            failures.put((String) row[0], ((Number) row[1]).longValue());
        }
        return failures;
    }

    /** Forgets the login's wrong passwords: it may sign in again from anywhere at once. */
    public void unlock(String login) {
        int forgotten = em.createNamedQuery("SignInFailure.forgetLogin").setParameter("login", login).executeUpdate();
        Login.find(em, login).ifPresent(l -> audit.record(staff.actor(), "SIGN_IN_UNLOCKED", l.recordType(), l.actor().id(),
                forgotten + " failed sign-ins of " + login + " forgotten"));
    }
}
