package com.fieldportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldportal.shared.Tokens;
import jakarta.persistence.Column;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTokenTest {

    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aLinkWorksForOneHour() {
        PasswordResetToken token = new PasswordResetToken("pat@example.com", LinkPurpose.RESET, Tokens.newToken(), now, "127.0.0.1");
        assertThat(token.statusAt(now.plus(Duration.ofMinutes(59)))).isEqualTo(ResetLinkStatus.VALID);
        assertThat(token.statusAt(now.plus(Duration.ofHours(1)))).isEqualTo(ResetLinkStatus.EXPIRED);
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsKept() throws Exception {
        String raw = Tokens.newToken();
        assertThat(raw).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Tokens.newToken());
        PasswordResetToken token = new PasswordResetToken("pat@example.com", LinkPurpose.RESET, raw, now, "127.0.0.1");
        for (var field : PasswordResetToken.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(Column.class) || field.getType() == String.class) {
                field.setAccessible(true);
                assertThat(String.valueOf(field.get(token))).as(field.getName()).doesNotContain(raw);
            }
        }
        assertThat(Tokens.sha256(raw)).hasSize(64).isEqualTo(Tokens.sha256(raw));
    }
}
