package com.fieldportal.signin;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.Tokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link that sets a login's password (contact or staff user): a reset, an invitation, or the first
 * admin's. Only the SHA-256 of the token is stored: the link in the mail is the only copy of the token itself,
 * and the outbox drops it once sent.
 */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(name = "PasswordResetToken.byHash", query = "SELECT t FROM PasswordResetToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "PasswordResetToken.countSince", query = """
        SELECT COUNT(t) FROM PasswordResetToken t WHERE t.login = :login AND t.purpose = :purpose AND t.createdAt > :since""")
@NamedQuery(name = "PasswordResetToken.useAll", query = "UPDATE PasswordResetToken t SET t.usedAt = :now WHERE t.login = :login AND t.usedAt IS NULL")
public class PasswordResetToken extends BaseEntity {

    private String login;
    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;
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

    PasswordResetToken(String login, LinkPurpose purpose, String rawToken, Instant now, String requestedIp) {
        this.login = login;
        this.purpose = purpose;
        this.tokenHash = Tokens.sha256(rawToken);
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
        this.requestedIp = requestedIp;
    }

    ResetLinkStatus statusAt(Instant now) {
        if (usedAt != null) {
            return ResetLinkStatus.USED;
        }
        return now.isBefore(expiresAt) ? ResetLinkStatus.VALID : ResetLinkStatus.EXPIRED;
    }

    String login() {
        return login;
    }

    LinkPurpose purpose() {
        return purpose;
    }
}
