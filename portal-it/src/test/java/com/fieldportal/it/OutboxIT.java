package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An SMTP outage delays mail and loses none: the outbox keeps it and sends it once the server is back. */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void mailWaitsInTheOutboxWhileSmtpIsDownAndGoesOutWhenItIsBack() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String email = customer.getProperty("email");
        try (Browser browser = new Browser()) {
            browser.open("/password/forgot.xhtml");
            browser.field("E-mail address").sendKeys(email);
            browser.click("Send reset link");
        }
        String mail = "SELECT %s FROM outbox_mail WHERE recipient = '" + email + "'";
        waitFor(() -> Integer.parseInt(orZero(Database.queryString(mail.formatted("attempts")))) >= 1);
        assertThat(Database.queryString(mail.formatted("status"))).isEqualTo("PENDING");
        assertThat(Database.queryString(mail.formatted("last_error"))).contains("Connection refused");

        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // the next attempt is due in 30 s; bring it forward rather than wait
            Database.update("UPDATE outbox_mail SET next_attempt_at = now() WHERE recipient = ?", email);
            // mails other tests left waiting may arrive too: look for this one
            waitFor(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> isResetMailTo(m, email)));
            waitFor(() -> "SENT".equals(Database.queryString(mail.formatted("status"))));
        } finally {
            smtp.stop();
        }
    }

    private static boolean isResetMailTo(MimeMessage message, String email) {
        try {
            return message.getAllRecipients()[0].toString().equals(email) && message.getSubject().startsWith("Reset your password");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orZero(String value) {
        return value == null ? "0" : value;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out");
            }
            Thread.sleep(250);
        }
    }
}
