package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Forgotten passwords: the e-mailed one-time link, caught by a real SMTP server (GreenMail). */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/portal(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a new and longer password";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndOnlyOnce() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String email = customer.getProperty("email");
        String link = requestResetLink(email);

        browser.open(link);
        assertThat(browser.title()).isEqualTo("Choose a new password");
        browser.field("New password").sendKeys("short");
        browser.field("New password again").sendKeys("short");
        browser.click("Save new password");
        assertThat(browser.pageText()).contains("The new password must be at least 10 characters long.");

        browser.field("New password").sendKeys(NEW_PASSWORD);
        browser.field("New password again").sendKeys(NEW_PASSWORD + " typo");
        browser.click("Save new password");
        assertThat(browser.pageText()).contains("The two passwords do not match.");

        browser.field("New password").sendKeys(NEW_PASSWORD);
        browser.field("New password again").sendKeys(NEW_PASSWORD);
        browser.click("Save new password");
        assertThat(browser.path()).startsWith("/portal/login.xhtml");
        assertThat(browser.pageText()).contains("Your password has been changed. Sign in with the new one.");

        browser.submitSignIn(email, customer.getProperty("password"));
        assertThat(browser.pageText()).contains("The e-mail address or password is not correct.");
        browser.signIn(email, NEW_PASSWORD);
        assertThat(browser.title()).isEqualTo("Home");
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE actor_name = ? AND action = 'PASSWORD_RESET'", email))
                .isEqualTo("1");

        browser.userMenu("Sign Out");
        browser.open(link);
        assertThat(browser.pageText()).contains("This reset link has already been used.");
        assertThat(browser.has(By.id("reset"))).isFalse();
    }

    @Test
    void anExpiredLinkIsRefusedWithAWayToAskForAnother() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String link = requestResetLink(customer.getProperty("email"));
        Database.update("UPDATE password_reset_token SET expires_at = now() - interval '1 minute' "
                + "WHERE contact_id = (SELECT id FROM contact WHERE email = ?)", customer.getProperty("email"));

        browser.open(link);
        assertThat(browser.pageText()).contains("This reset link has expired.");
        browser.click("Ask for a new link");
        assertThat(browser.title()).isEqualTo("Reset your password");
    }

    @Test
    void theAnswerIsTheSameForAnUnknownAddressAndNoMailGoesOut() throws Exception {
        String unknown = "nobody-" + System.nanoTime() + "@it.example";
        browser.open("/password/forgot.xhtml");
        browser.field("E-mail address").sendKeys(unknown);
        browser.click("Send reset link");
        assertThat(browser.pageText()).contains("If " + unknown + " belongs to an account, we have sent it a link");

        Properties customer = Portal.newCustomer(false);
        requestResetLink(customer.getProperty("email"));
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(PasswordResetIT::recipient)).doesNotContain(unknown);
    }

    @Test
    void aLockedOutContactCanSignInAgainAfterAReset() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String email = customer.getProperty("email");
        Database.update("UPDATE contact SET locked_until = now() + interval '15 minutes' WHERE email = ?", email);
        String link = requestResetLink(email);

        browser.open(link);
        browser.field("New password").sendKeys(NEW_PASSWORD);
        browser.field("New password again").sendKeys(NEW_PASSWORD);
        browser.click("Save new password");
        browser.submitSignIn(email, NEW_PASSWORD);
        assertThat(browser.title()).isEqualTo("Home");
    }

    /** Asks for a reset on the page and returns the path of the link in the mail that arrives. */
    private String requestResetLink(String email) throws Exception {
        browser.open("/login.xhtml");
        browser.click("Forgot your password?");
        browser.field("E-mail address").sendKeys(email);
        browser.click("Send reset link");
        assertThat(browser.pageText()).contains("If " + email + " belongs to an account, we have sent it a link");
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (recipient(message).equals(email) && message.getSubject().startsWith("Reset your password")) {
                    Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
                    assertThat(link.find()).as("a reset link in the mail").isTrue();
                    return link.group(1);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No reset mail reached " + email);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
