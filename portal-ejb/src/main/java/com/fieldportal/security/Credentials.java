package com.fieldportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login's password hash and its sign-in history. The lockout rule lives here: after
 * {@code maxFailures} wrong passwords in a row the login is locked for {@code lockDuration}.
 */
@Embeddable
public class Credentials {

    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "failed_sign_ins")
    private int failedSignIns;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant lastSignIn() {
        return lastSignIn;
    }

    /** @return true when this failure locked the login */
    public boolean recordFailure(Instant now, int maxFailures, Duration lockDuration) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignIn = now;
    }

    /** A new password also lifts a lock: whoever proved the mailbox may sign in again. */
    public void replacePassword(String newHash) {
        passwordHash = newHash;
        failedSignIns = 0;
        lockedUntil = null;
    }
}
