package com.fieldportal.notification;

/** An e-mail to queue: plain text always, HTML when given. */
public record MailMessage(String to, String cc, String subject, String text, String html) {

    public static MailMessage to(String to, String subject, String text, String html) {
        return new MailMessage(to, null, subject, text, html);
    }
}
