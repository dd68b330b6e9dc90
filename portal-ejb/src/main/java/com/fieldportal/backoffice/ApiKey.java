package com.fieldportal.backoffice;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A key the back office calls the API with. Only the SHA-256 of the token is kept (the token is 256 random bits,
 * so a slow hash would add nothing); its first characters stay readable so that staff can tell keys apart.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byTokenHash", query = "SELECT k FROM ApiKey k WHERE k.tokenHash = :hash")
@NamedQuery(name = "ApiKey.all", query = "SELECT k FROM ApiKey k ORDER BY k.revokedAt DESC NULLS FIRST, k.name, k.id")
public class ApiKey extends BaseEntity {

    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private String name;
    @Enumerated(EnumType.STRING)
    private ApiScope scope;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "token_prefix")
    private String tokenPrefix;
    @Column(name = "requests_per_minute")
    private int requestsPerMinute;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    ApiKey(String name, ApiScope scope, String tokenHash, String tokenPrefix, int requestsPerMinute, String createdBy, Instant at) {
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.requestsPerMinute = requestsPerMinute;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Notes the use, to the minute: one write a minute per key at most, not one per call. */
    void noteUse(Instant at) {
        if (lastUsedAt == null || !lastUsedAt.plus(LAST_USE_PRECISION).isAfter(at)) {
            lastUsedAt = at;
        }
    }

    ApiCaller caller() {
        return new ApiCaller(getId(), name, scope, requestsPerMinute);
    }

    ApiKeyRow row() {
        return new ApiKeyRow(getId(), name, scope, tokenPrefix + "…", requestsPerMinute, createdAt, createdBy, lastUsedAt, revokedAt);
    }

    public String getName() {
        return name;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
