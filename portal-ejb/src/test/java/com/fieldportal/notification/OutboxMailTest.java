package com.fieldportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retries with back-off: a mail is never dropped before its last attempt. */
class OutboxMailTest {

    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void eachFailureDoublesTheWaitUpToAnHour() {
        assertThat(OutboxMail.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxMail.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMail.retryDelay(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxMail.retryDelay(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(OutboxMail.retryDelay(8)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxMail.retryDelay(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aFailedAttemptKeepsTheMailPendingUntilTheLastAttempt() {
        OutboxMail mail = new OutboxMail(MailMessage.to("pat@example.com", "Subject", "Text", null), "test", now);
        mail.markAttemptFailed("Connection refused", now, 3);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(now.plusSeconds(30));
        mail.markAttemptFailed("Connection refused", now, 3);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        mail.markAttemptFailed("Connection refused", now, 3);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(3);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void aSentMailForgetsEarlierErrors() {
        OutboxMail mail = new OutboxMail(MailMessage.to("pat@example.com", "Subject", "Text", null), "test", now);
        mail.markAttemptFailed("Connection refused", now, 10);
        mail.markSent(now.plusSeconds(31), true);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getSentAt()).isEqualTo(now.plusSeconds(31));
    }

    @Test
    void aOneTimeCodeIsStoredApartAndForgottenOnceTheMailHasLeft() {
        String token = "AbCdEf0123456789AbCdEf0123456789AbCdEf01234";
        String link = "https://portal.example/password/reset.xhtml?token=" + token;
        OutboxMail mail = new OutboxMail(MailMessage.to("pat@example.com", "Reset", "Open " + link, "<a href=\"" + link + "\">x</a>")
                .withSecret(token), "test", now);
        assertThat(mail.getText()).doesNotContain(token);
        assertThat(mail.message().text()).contains(link);
        assertThat(mail.message().html()).contains(link);

        mail.markSent(now, true);
        assertThat(mail.message().text()).doesNotContain(token).contains(OutboxMail.SECRET_PLACEHOLDER);
        assertThat(mail.getTextToSend()).doesNotContain(token);
    }

    @Test
    void theDevOutboxKeepsTheCodeBecauseNothingLeft() {
        OutboxMail mail = new OutboxMail(MailMessage.to("pat@example.com", "Reset", "token=xyz123", null).withSecret("xyz123"), "test", now);
        mail.markSent(now, false);
        assertThat(mail.getTextToSend()).contains("token=xyz123");
    }
}
