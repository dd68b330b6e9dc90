package com.fieldportal.security;

import com.fieldportal.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in by e-mail and password for contacts and staff users, with the lockout rule: after
 * {@code portal.signin.max-failures} wrong passwords in a row (5) the login is locked for
 * {@code portal.signin.lock-minutes} (15). A locked login is refused without looking at the password.
 */
@Stateless
public class SignInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @EJB
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public SignInResult signIn(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            return SignInResult.wrongCredentials();
        }
        Optional<Login> found = Login.find(em, email);
        if (found.isEmpty()) {
            hashing.matches(password, null);
            return SignInResult.wrongCredentials();
        }
        Login login = found.get();
        Credentials credentials = login.credentials();
        Instant now = Instant.now();
        if (credentials.isLockedAt(now)) {
            record(login, "SIGN_IN_REFUSED_LOCKED");
            return SignInResult.locked(credentials.lockedUntil());
        }
        if (!login.active() || !hashing.matches(password, credentials.passwordHash())) {
            boolean lockedNow = credentials.recordFailure(now, maxFailures, Duration.ofMinutes(lockMinutes));
            record(login, lockedNow ? "LOCKED_AFTER_FAILED_SIGN_INS" : "SIGN_IN_FAILED");
            return lockedNow ? SignInResult.locked(credentials.lockedUntil()) : SignInResult.wrongCredentials();
        }
        credentials.recordSuccess(now);
        record(login, "SIGNED_IN");
        return SignInResult.signedIn(login.email(), login.roles());
    }

    private void record(Login login, String action) {
        audit.record(login.actor(), action, login.recordType(), login.actor().id(), null);
    }
}
