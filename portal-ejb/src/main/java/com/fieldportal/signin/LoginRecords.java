package com.fieldportal.signin;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.RequestOrigin;
import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.notification.Html;
import com.fieldportal.notification.MailMessage;
import com.fieldportal.notification.Outbox;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Tokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short transactions of signing in and of changing passwords. Password hashes are never computed here:
 * {@link SignInService} and {@link PasswordService} hash between these calls, holding no connection and no lock.
 */
@Stateless
@PermitAll
public class LoginRecords {

    private static final Logger LOG = Logger.getLogger(LoginRecords.class.getName());
    /** More reset mails than this per hour and login are not sent: the mailbox owner is not to be flooded. */
    static final int MAX_RESETS_PER_HOUR = 3;
    private static final Duration KEEP_FAILURES = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @EJB
    AuditLog audit;

    @EJB
    Outbox outbox;

    @EJB
    ConfigurationService configuration;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures", defaultValue = "5")
    int maxFailuresPerClient;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures-per-login", defaultValue = "20")
    int maxFailuresPerLogin;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures-per-address", defaultValue = "50")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "portal.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    /**
     * What is known before the password is checked. {@code passwordHash} is null for an unknown login.
     * {@code attemptId} is the attempt, recorded as a failure until the password proves right.
     */
    public record Prepared(boolean active, String passwordHash, Client client, boolean refused, Long attemptId) {
    }

    /**
     * Counts the client's earlier failures and, unless they refuse it, records this attempt as one more: an
     * attempt counts from the moment it is let in, so that guesses being checked at the same time count too.
     * Unknown logins count the same way: whether an address has an account must not show in how it is throttled.
     * Callers take the login's turn (LoginLocks) around this.
     */
    public Prepared prepare(String login, String deviceToken) {
        Optional<Login> found = Login.find(em, login);
        Client client = client(login, deviceToken);
        long[] counts = failureCounts(login, client);
        boolean refused = new SignInThrottle(maxFailuresPerClient, maxFailuresPerLogin, maxFailuresPerAddress).refuses(counts, client.trusted());
        Long attemptId = null;
        if (refused) {
            found.ifPresent(l -> audit.record(l.actor(), "SIGN_IN_REFUSED_TOO_MANY_FAILURES", l.recordType(), l.actor().id(), client.describe()));
        } else {
            SignInFailure attempt = new SignInFailure(login, client, Instant.now());
            em.persist(attempt);
            attemptId = attempt.getId();
        }
        return new Prepared(found.map(Login::active).orElse(false), found.map(l -> l.credentials().passwordHash()).orElse(null),
                client, refused, attemptId);
    }

    /** The password was wrong: the attempt stays counted, and the login's audit log says so. */
    public void recordWrongPassword(String login, Client client, String action) {
        Login.find(em, login).ifPresent(l -> audit.record(l.actor(), action, l.recordType(), l.actor().id(), client.describe()));
    }

    /** No password was checked after all (the portal was too busy): the attempt does not count. */
    public void forgetAttempt(long attemptId) {
        SignInFailure attempt = em.find(SignInFailure.class, attemptId);
        if (attempt != null) {
            em.remove(attempt);
        }
    }

    /**
     * @param checkedHash the hash the password was checked against: if the password has changed since (a reset
     *                    meanwhile), the sign-in is refused rather than joining the new session generation
     */
    public SignInResult recordSuccess(String login, Client client, String checkedHash) {
        Login found = Login.find(em, login).filter(Login::active)
                .filter(l -> checkedHash.equals(l.credentials().passwordHash())).orElse(null);
        if (found == null) {
            return SignInResult.refused();
        }
        Instant now = Instant.now();
        found.credentials().recordSignIn(now);
        forgetClientFailures(login, client);
        String newDeviceToken = null;
        if (!client.trusted()) {
            newDeviceToken = Tokens.newToken();
            em.persist(new KnownDevice(login, newDeviceToken, now));
        }
        audit.record(found.actor(), "SIGNED_IN", found.recordType(), found.actor().id(), client.describe());
        return SignInResult.signedIn(found.signedIn(), newDeviceToken);
    }

    /**
     * Ends the login's other sessions, spends its reset links, forgets its browsers; returns the new session
     * generation. Refused when the password changed since {@code checkedHash} was checked (a reset meanwhile).
     */
    public int changePassword(String login, Client client, String checkedHash, String newHash) {
        Login found = Login.find(em, login).filter(l -> checkedHash.equals(l.credentials().passwordHash()))
                .orElseThrow(() -> new BusinessException("Your password has just been changed elsewhere. Sign out and in again."));
        forgetClientFailures(login, client);
        replacePassword(found, newHash);
        audit.record(found.actor(), "PASSWORD_CHANGED", found.recordType(), found.actor().id(), null);
        return found.credentials().sessionEpoch();
    }

    /** @throws BusinessException saying why, when the link cannot be used */
    public String loginOfValidLink(String rawToken) {
        PasswordResetToken token = findToken(rawToken, LockModeType.NONE)
                .orElseThrow(() -> new BusinessException(ResetLinkStatus.UNKNOWN.problem()));
        ResetLinkStatus status = token.statusAt(Instant.now());
        if (status != ResetLinkStatus.VALID) {
            throw new BusinessException(status.problem());
        }
        return token.login();
    }

    public LinkCheck checkLink(String rawToken) {
        return findToken(rawToken, LockModeType.NONE).map(t -> new LinkCheck(t.statusAt(Instant.now()), t.purpose()))
                .orElse(new LinkCheck(ResetLinkStatus.UNKNOWN, LinkPurpose.RESET));
    }

    /** Sets the new password, spends the link (and every other open link of the login), and clears its failures. */
    public void resetPassword(String rawToken, String newHash) {
        PasswordResetToken token = findToken(rawToken, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new BusinessException(ResetLinkStatus.UNKNOWN.problem()));
        ResetLinkStatus status = token.statusAt(Instant.now());
        if (status != ResetLinkStatus.VALID) {
            throw new BusinessException(status.problem());
        }
        Login found = Login.find(em, token.login()).filter(Login::active)
                .orElseThrow(() -> new BusinessException(ResetLinkStatus.UNKNOWN.problem()));
        replacePassword(found, newHash);
        em.createNamedQuery("SignInFailure.forgetLogin").setParameter("login", found.email()).executeUpdate();
        audit.record(found.actor(), token.purpose().isFirstPassword() ? "PASSWORD_CHOSEN" : "PASSWORD_RESET",
                found.recordType(), found.actor().id(), token.purpose().name());
    }

    /**
     * Answers in the background: the page says the same thing, as fast, whether or not the address has an
     * account (and a mail to queue). The caller's address is passed along for the audit log.
     */
    @Asynchronous
    public void requestReset(String login, String ipAddress, String userAgent) {
        origin.set(ipAddress, userAgent);
        Optional<Login> found = Login.find(em, login).filter(Login::active);
        if (found.isEmpty()) {
            LOG.fine(() -> "Password reset asked for an address without an active login");
            return;
        }
        Login account = found.get();
        Instant now = Instant.now();
        long recent = em.createNamedQuery("PasswordResetToken.countSince", Long.class)
                .setParameter("login", account.email()).setParameter("purpose", LinkPurpose.RESET)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= MAX_RESETS_PER_HOUR) {
            audit.record(account.actor(), "PASSWORD_RESET_THROTTLED", account.recordType(), account.actor().id(), null);
            return;
        }
        String rawToken = Tokens.newToken();
        em.persist(new PasswordResetToken(account.email(), LinkPurpose.RESET, rawToken, now, ipAddress));
        outbox.queue(resetMail(account, rawToken), "password-reset:" + account.recordType() + ":" + account.actor().id());
        audit.record(account.actor(), "PASSWORD_RESET_REQUESTED", account.recordType(), account.actor().id(), null);
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    void purgeOldRecords() {
        Instant now = Instant.now();
        em.createNamedQuery("SignInFailure.purge").setParameter("before", now.minus(KEEP_FAILURES)).executeUpdate();
        em.createNamedQuery("KnownDevice.purge").setParameter("before", now.minus(KnownDevice.FORGOTTEN_AFTER)).executeUpdate();
    }

    private void forgetClientFailures(String login, Client client) {
        em.createNamedQuery("SignInFailure.forgetClient").setParameter("login", login)
                .setParameter("kind", client.kind()).setParameter("client", client.id()).executeUpdate();
    }

    private void replacePassword(Login login, String newHash) {
        login.credentials().replacePassword(newHash);
        em.createNamedQuery("PasswordResetToken.useAll").setParameter("login", login.email()).setParameter("now", Instant.now()).executeUpdate();
        em.createNamedQuery("KnownDevice.forgetLogin").setParameter("login", login.email()).executeUpdate();
        outbox.queue(changedMail(login), "password-changed:" + login.recordType() + ":" + login.actor().id());
    }

    private Client client(String login, String deviceToken) {
        String ip = origin.ipAddress();
        if (deviceToken != null && !deviceToken.isBlank() && deviceToken.length() <= 100) {
            Optional<KnownDevice> device = em.createNamedQuery("KnownDevice.byToken", KnownDevice.class)
                    .setParameter("hash", Tokens.sha256(deviceToken)).setParameter("login", login)
                    .getResultStream().findFirst();
            if (device.isPresent()) {
                device.get().used(Instant.now());
                return Client.knownDevice(device.get().getId(), ip);
            }
        }
        return Client.address(ip);
    }

    private long[] failureCounts(String login, Client client) {
        Object[] row = em.createNamedQuery("SignInFailure.counts", Object[].class)
                .setParameter("login", login).setParameter("kind", client.kind()).setParameter("client", client.id())
                .setParameter("address", Client.ADDRESS).setParameter("ip", client.ipAddress())
                .setParameter("since", Instant.now().minus(Duration.ofMinutes(windowMinutes)))
                .getSingleResult();
        long[] counts = new long[3];
        for (int i = 0; i < 3; i++) {
            counts[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return counts;
    }

    private Optional<PasswordResetToken> findToken(String rawToken, LockModeType lock) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordResetToken.byHash", PasswordResetToken.class)
                .setParameter("hash", Tokens.sha256(rawToken)).setLockMode(lock).getResultStream().findFirst();
    }

    private MailMessage resetMail(Login login, String rawToken) {
        String title = configuration.settings().title();
        String link = baseUrl + "/password/reset.xhtml?token=" + rawToken;
        String text = """
                Hello %s,

                Someone, hopefully you, asked to reset the password of your %s account.
                Open this link within one hour to choose a new password:

                %s

                The link works once. If you did not ask for this, ignore this mail: your password stays as it is.
                """.formatted(login.name(), title, link);
        String html = """
                <p>Hello %s,</p>
                <p>Someone, hopefully you, asked to reset the password of your %s account.
                Open this link within one hour to choose a new password:</p>
                <p><a href="%s">Choose a new password</a></p>
                <p>The link works once. If you did not ask for this, ignore this mail: your password stays as it is.</p>
                """.formatted(Html.escape(login.name()), Html.escape(title), Html.escape(link));
        return MailMessage.to(login.email(), "Reset your password for " + title, text, html).withSecret(rawToken);
    }

    private MailMessage changedMail(Login login) {
        String title = configuration.settings().title();
        String text = """
                Hello %s,

                The password of your %s account was just changed, and every other session of it was signed out.
                If this was not you, reset your password at once and tell us.
                """.formatted(login.name(), title);
        return MailMessage.to(login.email(), "Your password for " + title + " was changed", text, null);
    }
}
