package com.fieldportal.signin;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.AuditLog;
import com.fieldportal.shared.EmailAddress;
import com.fieldportal.shared.Tokens;
import com.fieldportal.staff.StaffRole;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first admin of a fresh install. While no admin can sign in (none active with a password) and
 * {@code portal.admin.initial-email} is set, the portal makes that address an admin at each start and writes a
 * one-time link (valid 24 hours; earlier links stop working) to choose its password into the server log. Once an
 * admin can sign in this does nothing, whatever the setting says.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@DenyAll
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.admin.initial-email")
    Optional<String> initialEmail;

    @Inject
    @ConfigProperty(name = "portal.admin.initial-name", defaultValue = "Administrator")
    String initialName;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    @PostConstruct
    void createIfNoAdmin() {
        if (initialEmail.isEmpty() || initialEmail.get().isBlank()) {
            return;
        }
        long admins = em.createNamedQuery("StaffUser.adminsWhoCanSignIn", Long.class).getSingleResult();
        if (admins > 0) {
            LOG.fine("An admin can sign in: portal.admin.initial-email is not used");
            return;
        }
        String email = EmailAddress.require(initialEmail.get());
        StaffUser admin = em.createNamedQuery("StaffUser.byEmail", StaffUser.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
        if (admin == null) {
            admin = new StaffUser(initialName, email, null, EnumSet.of(StaffRole.STAFF, StaffRole.ADMIN));
            em.persist(admin);
        } else {
            admin.makeAdmin(true);
            admin.reactivate();
        }
        em.flush();
        Instant now = Instant.now();
        em.createNamedQuery("PasswordResetToken.useAll").setParameter("login", email).setParameter("now", now).executeUpdate();
        String rawToken = Tokens.newToken();
        em.persist(new PasswordResetToken(email, LinkPurpose.FIRST_ADMIN, rawToken, now, null));
        audit.record(Actor.system("first admin"), "FIRST_ADMIN_CREATED", "StaffUser", admin.getId(), email);
        LOG.warning("No admin yet: " + email + " is now the portal's admin. Within 24 hours, choose its password at "
                + baseUrl + "/password/reset.xhtml?token=" + rawToken + " (the link works once).");
    }
}
