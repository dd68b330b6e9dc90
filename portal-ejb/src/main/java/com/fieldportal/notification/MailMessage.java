package com.fieldportal.notification;

/**
 * An e-mail to queue: plain text always, HTML when given. {@code secret}, when given, is a value in the
 * texts (a one-time link's token) that the outbox keeps only until the mail has left: the stored mail
 * then shows a placeholder instead.
 */
public record MailMessage(String to, String cc, String subject, String text, String html, String secret) {

    public static MailMessage to(String to, String subject, String text, String html) {
        return new MailMessage(to, null, subject, text, html, null);
    }

    public MailMessage withSecret(String secret) {
        return new MailMessage(to, cc, subject, text, html, secret);
    }
}
