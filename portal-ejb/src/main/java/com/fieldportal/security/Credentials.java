package com.fieldportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A login's password hash, when it last signed in, and its session generation: every session remembers the
 * generation it was signed in under, and a new password (or an administrator ending the login's access)
 * moves the generation on, which ends every other session at its next request.
 */
@Embeddable
public class Credentials {

    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "last_sign_in")
    private Instant lastSignIn;
    @Column(name = "session_epoch")
    private int sessionEpoch;

    public String passwordHash() {
        return passwordHash;
    }

    public Instant lastSignIn() {
        return lastSignIn;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public void recordSignIn(Instant now) {
        lastSignIn = now;
    }

    public void replacePassword(String newHash) {
        passwordHash = newHash;
        endSessions();
    }

    /** Signs the login out everywhere: sessions of an older generation are refused. */
    public void endSessions() {
        sessionEpoch++;
    }
}
