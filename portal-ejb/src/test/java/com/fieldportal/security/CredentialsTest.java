package com.fieldportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout rule: five wrong passwords in a row lock the login for fifteen minutes. */
class CredentialsTest {

    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        Credentials credentials = new Credentials();
        for (int i = 1; i <= 4; i++) {
            assertThat(credentials.recordFailure(now, 5, LOCK)).isFalse();
        }
        assertThat(credentials.isLockedAt(now)).isFalse();
        assertThat(credentials.recordFailure(now, 5, LOCK)).isTrue();
        assertThat(credentials.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(credentials.isLockedAt(now.plus(LOCK))).isFalse();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        Credentials credentials = new Credentials();
        for (int i = 1; i <= 4; i++) {
            credentials.recordFailure(now, 5, LOCK);
        }
        credentials.recordSuccess(now);
        assertThat(credentials.recordFailure(now, 5, LOCK)).isFalse();
        assertThat(credentials.lastSignIn()).isEqualTo(now);
    }

    @Test
    void afterALockRunsOutTheCountStartsAgain() {
        Credentials credentials = new Credentials();
        for (int i = 1; i <= 5; i++) {
            credentials.recordFailure(now, 5, LOCK);
        }
        Instant later = now.plus(LOCK).plusSeconds(1);
        assertThat(credentials.recordFailure(later, 5, LOCK)).isFalse();
        assertThat(credentials.isLockedAt(later)).isFalse();
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        Credentials credentials = new Credentials();
        for (int i = 1; i <= 5; i++) {
            credentials.recordFailure(now, 5, LOCK);
        }
        credentials.replacePassword("new hash");
        assertThat(credentials.isLockedAt(now)).isFalse();
        assertThat(credentials.failedSignIns()).isZero();
    }
}
