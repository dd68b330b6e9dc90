package com.fieldportal.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The mail GreenMail received, as the tests wait for it: the outbox sends it some seconds after it is queued. */
final class Mailbox {

    private static final long WAIT_MILLIS = 30_000;

    private Mailbox() {
    }

    /** The first mail to {@code to} whose subject starts with {@code subjectStart}, once it has arrived. */
    static MimeMessage await(GreenMailExtension mail, String to, String subjectStart) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (recipient(message).equals(to) && subject(message).startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail \"" + subjectStart + "…\" reached " + to);
    }

    /** The mail's text, decoded (as a mail program shows it). */
    static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
