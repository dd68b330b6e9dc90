package com.fieldportal.notification;

import java.time.Instant;

/**
 * A mail of the outbox as admins see it. {@code devText} is its text with any one-time link, only on a demo
 * server whose mails never leave (portal.mail.transport=dev-outbox); otherwise null.
 */
public record OutboxRow(long id, Instant createdAt, String recipient, String subject, MailStatus status, int attempts,
                        String lastError, Instant sentAt, String devText) {
}
