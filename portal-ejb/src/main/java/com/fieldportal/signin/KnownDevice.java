package com.fieldportal.signin;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.Tokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser a login has signed in from with the right password: it keeps a random token in a cookie, and
 * only the token's SHA-256 is stored. Such a browser is counted apart from everyone else, so that
 * strangers guessing a password cannot lock its owner out (see {@link SignInThrottle}). Forgotten when the
 * password changes, and after half a year unused (the cookie's own lifetime).
 */
@Entity
@Table(name = "known_device")
@NamedQuery(name = "KnownDevice.byToken", query = "SELECT d FROM KnownDevice d WHERE d.tokenHash = :hash AND d.login = :login")
@NamedQuery(name = "KnownDevice.forgetLogin", query = "DELETE FROM KnownDevice d WHERE d.login = :login")
@NamedQuery(name = "KnownDevice.purge", query = "DELETE FROM KnownDevice d WHERE d.lastUsedAt < :before")
public class KnownDevice extends BaseEntity {

    static final Duration FORGOTTEN_AFTER = Duration.ofDays(180);

    private String login;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected KnownDevice() {
    }

    KnownDevice(String login, String rawToken, Instant now) {
        this.login = login;
        this.tokenHash = Tokens.sha256(rawToken);
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    void used(Instant now) {
        lastUsedAt = now;
    }
}
