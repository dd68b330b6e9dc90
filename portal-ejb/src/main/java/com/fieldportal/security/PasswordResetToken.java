package com.fieldportal.security;

import com.fieldportal.customer.Contact;
import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A one-time password reset link. Only the SHA-256 of the token is stored: the link in the mail is
 * the only copy of the token itself.
 */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(name = "PasswordResetToken.byHash", query = "SELECT t FROM PasswordResetToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "PasswordResetToken.countSince", query = "SELECT COUNT(t) FROM PasswordResetToken t WHERE t.contact = :contact AND t.createdAt > :since")
@NamedQuery(name = "PasswordResetToken.unused", query = "SELECT t FROM PasswordResetToken t WHERE t.contact = :contact AND t.usedAt IS NULL")
public class PasswordResetToken extends BaseEntity {

    public static final Duration VALIDITY = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "requested_ip")
    private String requestedIp;

    protected PasswordResetToken() {
    }

    PasswordResetToken(Contact contact, String rawToken, Instant now, String requestedIp) {
        this.contact = contact;
        this.tokenHash = hash(rawToken);
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
        this.requestedIp = requestedIp;
    }

    /** 256 random bits, URL-safe. */
    static String newRawToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    ResetLinkStatus statusAt(Instant now) {
        if (usedAt != null) {
            return ResetLinkStatus.USED;
        }
        return now.isBefore(expiresAt) ? ResetLinkStatus.VALID : ResetLinkStatus.EXPIRED;
    }

    void use(Instant now) {
        usedAt = now;
    }

    Contact contact() {
        return contact;
    }
}
