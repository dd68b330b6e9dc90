package com.fieldportal.notification;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail written in the same transaction as the event that caused it and sent afterwards by
 * {@link OutboxDispatcher}. A failed attempt is retried later, waiting twice as long each time.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = "OutboxMail.countFailed", query = "SELECT COUNT(m) FROM OutboxMail m WHERE m.status = com.fieldportal.notification.MailStatus.FAILED")
@NamedQuery(name = "OutboxMail.due", query = "SELECT m.id FROM OutboxMail m WHERE m.status = com.fieldportal.notification.MailStatus.PENDING AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt")
@NamedQuery(name = "OutboxMail.ofStatuses", query = """
        SELECT m FROM OutboxMail m WHERE m.status IN :statuses ORDER BY m.createdAt DESC, m.id DESC""")
@NamedQuery(name = "OutboxMail.countOfStatuses", query = "SELECT COUNT(m) FROM OutboxMail m WHERE m.status IN :statuses")
public class OutboxMail extends BaseEntity {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int MAX_ERROR_LENGTH = 1000;
    /** Stands in the stored texts for the secret; the secret itself is kept apart and dropped once sent. */
    static final String SECRET_PLACEHOLDER = "[one-time code removed after sending]";

    private String recipient;
    private String cc;
    private String subject;
    @Column(name = "text_body")
    private String text;
    @Column(name = "html_body")
    private String html;

    @Enumerated(EnumType.STRING)
    private MailStatus status = MailStatus.PENDING;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    /** What caused the mail, e.g. "password-reset:1042", to find it again. */
    private String correlation;

    private String secret;

    protected OutboxMail() {
    }

    OutboxMail(MailMessage message, String correlation, Instant now) {
        this.recipient = message.to();
        this.cc = message.cc();
        this.subject = message.subject();
        this.secret = message.secret();
        this.text = redact(message.text());
        this.html = redact(message.html());
        this.correlation = correlation;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** @param leftTheServer false when the dev outbox only kept it: the secret stays readable there */
    void markSent(Instant now, boolean leftTheServer) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        if (leftTheServer) {
            secret = null;
        }
    }

    void markAttemptFailed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(retryDelay(attempts));
        }
    }

    /** A failed mail goes out again, as if new: staff found why it failed and fixed it. */
    void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new BusinessException("Only a failed mail can be sent again; this one is " + status.name().toLowerCase() + ".");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** 30 s after the first failure, then 1, 2, 4 … minutes, never more than an hour. */
    static Duration retryDelay(int failedAttempts) {
        Duration delay = FIRST_RETRY;
        for (int i = 1; i < failedAttempts && delay.compareTo(LONGEST_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    /** The mail as it is to be sent, secret included. */
    MailMessage message() {
        return new MailMessage(recipient, cc, subject, reveal(text), reveal(html), secret);
    }

    private String redact(String body) {
        return body == null || secret == null ? body : body.replace(secret, SECRET_PLACEHOLDER);
    }

    private String reveal(String body) {
        return body == null || secret == null ? body : body.replace(SECRET_PLACEHOLDER, secret);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** The text as stored: a secret that has left with the mail is no longer in it. */
    public String getText() {
        return text;
    }

    /** The text with its secret, while the portal still has it (the dev outbox shows it so). */
    public String getTextToSend() {
        return reveal(text);
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
