package com.fieldportal.backoffice;

import java.time.Instant;

/** A key as the staff console lists it: never its token. */
public record ApiKeyRow(long id, String name, ApiScope scope, String tokenStart, int requestsPerMinute, Instant createdAt,
                        String createdBy, Instant lastUsedAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
