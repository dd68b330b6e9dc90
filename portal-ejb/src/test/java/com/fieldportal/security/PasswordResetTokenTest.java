package com.fieldportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTokenTest {

    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aLinkWorksForOneHourAndOnlyOnce() {
        PasswordResetToken token = new PasswordResetToken(null, PasswordResetToken.newRawToken(), now, "127.0.0.1");
        assertThat(token.statusAt(now.plus(Duration.ofMinutes(59)))).isEqualTo(ResetLinkStatus.VALID);
        assertThat(token.statusAt(now.plus(Duration.ofHours(1)))).isEqualTo(ResetLinkStatus.EXPIRED);
        token.use(now.plusSeconds(10));
        assertThat(token.statusAt(now.plusSeconds(20))).isEqualTo(ResetLinkStatus.USED);
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsKept() {
        String raw = PasswordResetToken.newRawToken();
        assertThat(raw).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(PasswordResetToken.newRawToken());
        assertThat(PasswordResetToken.hash(raw)).hasSize(64).isEqualTo(PasswordResetToken.hash(raw)).doesNotContain(raw);
    }
}
