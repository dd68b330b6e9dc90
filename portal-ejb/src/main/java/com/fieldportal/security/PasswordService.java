package com.fieldportal.security;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.RequestOrigin;
import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.customer.Contact;
import com.fieldportal.notification.Html;
import com.fieldportal.notification.MailMessage;
import com.fieldportal.notification.Outbox;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.EmailAddress;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgotten passwords (an e-mailed one-time link, valid one hour) and password changes.
 * Asking for a reset answers the same whether or not the address is known.
 */
@Stateless
public class PasswordService {

    private static final Logger LOG = Logger.getLogger(PasswordService.class.getName());
    /** More reset mails than this per hour and address are not sent: the mailbox owner is not to be flooded. */
    static final int MAX_RESETS_PER_HOUR = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    RequestOrigin origin;

    @EJB
    Outbox outbox;

    @EJB
    AuditLog audit;

    @EJB
    ConfigurationService configuration;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    @PermitAll
    public void requestReset(String email) {
        Optional<Contact> found = em.createNamedQuery("Contact.byEmail", Contact.class)
                .setParameter("email", EmailAddress.normalize(email)).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isActive()) {
            LOG.fine(() -> "Password reset asked for an address without an active contact");
            return;
        }
        Contact contact = found.get();
        Instant now = Instant.now();
        long recent = em.createNamedQuery("PasswordResetToken.countSince", Long.class)
                .setParameter("contact", contact).setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= MAX_RESETS_PER_HOUR) {
            audit.record(Actor.contact(contact), "PASSWORD_RESET_THROTTLED", "Contact", contact.getId(), null);
            return;
        }
        String rawToken = PasswordResetToken.newRawToken();
        PasswordResetToken token = new PasswordResetToken(contact, rawToken, now, origin.ipAddress());
        em.persist(token);
        outbox.queue(resetMail(contact, baseUrl + "/password/reset.xhtml?token=" + rawToken), "password-reset:" + contact.getId());
        audit.record(Actor.contact(contact), "PASSWORD_RESET_REQUESTED", "Contact", contact.getId(), null);
    }

    @PermitAll
    public ResetLinkStatus checkResetLink(String rawToken) {
        return findToken(rawToken).map(t -> t.statusAt(Instant.now())).orElse(ResetLinkStatus.UNKNOWN);
    }

    /** Sets the new password, spends the link (and any other open link of the contact), and lifts a lockout. */
    @PermitAll
    public void resetPassword(String rawToken, String newPassword, String confirmation) {
        Instant now = Instant.now();
        PasswordResetToken token = findToken(rawToken).orElseThrow(() -> new BusinessException(ResetLinkStatus.UNKNOWN.problem()));
        ResetLinkStatus status = token.statusAt(now);
        if (status != ResetLinkStatus.VALID) {
            throw new BusinessException(status.problem());
        }
        Contact contact = token.contact();
        PasswordPolicy.check(newPassword, confirmation, contact.getEmail());
        contact.credentials().replacePassword(hashing.hash(newPassword));
        em.createNamedQuery("PasswordResetToken.unused", PasswordResetToken.class)
                .setParameter("contact", contact).getResultList().forEach(t -> t.use(now));
        outbox.queue(changedMail(contact.getName(), contact.getEmail()), "password-changed:" + contact.getId());
        audit.record(Actor.contact(contact), "PASSWORD_RESET", "Contact", contact.getId(), null);
    }

    /** A signed-in contact or staff user picks a new password, proving the current one. */
    @RolesAllowed({Roles.CONTACT, Roles.STAFF})
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        Login login = Login.find(em, session.getCallerPrincipal().getName()).orElseThrow();
        if (currentPassword == null || currentPassword.length() > PasswordPolicy.MAX_LENGTH
                || !hashing.matches(currentPassword, login.credentials().passwordHash())) {
            throw new BusinessException("The current password is not correct.");
        }
        PasswordPolicy.check(newPassword, confirmation, login.email());
        login.credentials().replacePassword(hashing.hash(newPassword));
        outbox.queue(changedMail(login.name(), login.email()), "password-changed:" + login.email());
        audit.record(login.actor(), "PASSWORD_CHANGED", login.recordType(), login.actor().id(), null);
    }

    private Optional<PasswordResetToken> findToken(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordResetToken.byHash", PasswordResetToken.class)
                .setParameter("hash", PasswordResetToken.hash(rawToken)).getResultStream().findFirst();
    }

    private MailMessage resetMail(Contact contact, String link) {
        String title = configuration.settings().title();
        String text = """
                Hello %s,

                Someone, hopefully you, asked to reset the password of your %s account.
                Open this link within one hour to choose a new password:

                %s

                The link works once. If you did not ask for this, ignore this mail: your password stays as it is.
                """.formatted(contact.getName(), title, link);
        String html = """
                <p>Hello %s,</p>
                <p>Someone, hopefully you, asked to reset the password of your %s account.
                Open this link within one hour to choose a new password:</p>
                <p><a href="%s">Choose a new password</a></p>
                <p>The link works once. If you did not ask for this, ignore this mail: your password stays as it is.</p>
                """.formatted(Html.escape(contact.getName()), Html.escape(title), Html.escape(link));
        return MailMessage.to(contact.getEmail(), "Reset your password for " + title, text, html);
    }

    private MailMessage changedMail(String name, String email) {
        String title = configuration.settings().title();
        String text = """
                Hello %s,

                The password of your %s account was just changed.
                If this was not you, reset your password at once and tell us.
                """.formatted(name, title);
        return MailMessage.to(email, "Your password for " + title + " was changed", text, null);
    }
}
