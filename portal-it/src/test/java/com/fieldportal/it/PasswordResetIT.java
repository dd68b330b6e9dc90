package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
        assertThat(browser.pageText()).contains(SignInIT.REFUSED);
        browser.signIn(email, NEW_PASSWORD);
        assertThat(browser.title()).isEqualTo("Home");
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE actor_name = ? AND action = 'PASSWORD_RESET'", email))
                .isEqualTo("1");

        browser.userMenu("Sign Out");
        browser.open(link);
        assertThat(browser.pageText()).contains("This link has already been used.");
        assertThat(browser.has(By.id("reset"))).isFalse();
    }

    @Test
    void anExpiredLinkIsRefusedWithAWayToAskForAnother() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String link = requestResetLink(customer.getProperty("email"));
        Database.update("UPDATE password_reset_token SET expires_at = now() - interval '1 minute' WHERE login = ?",
                customer.getProperty("email"));

        browser.open(link);
        assertThat(browser.pageText()).contains("This link has expired.");
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
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mailbox::recipient)).doesNotContain(unknown);
    }

    @Test
    void anOwnerSlowedDownByStrangersGetsInAgainThroughAReset() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String email = customer.getProperty("email");
        for (int i = 0; i < 25; i++) {
            Database.update("INSERT INTO sign_in_failure (id, login, client_kind, client, ip_address, failed_at) "
                    + "VALUES (nextval('portal_id_seq'), ?, 'ADDRESS', ?, ?, now())", email, "203.0.113." + i, "203.0.113." + i);
        }
        browser.signIn(email, customer.getProperty("password"));
        assertThat(browser.pageText()).contains(SignInIT.REFUSED);
        String link = requestResetLink(email);

        browser.open(link);
        browser.field("New password").sendKeys(NEW_PASSWORD);
        browser.field("New password again").sendKeys(NEW_PASSWORD);
        browser.click("Save new password");
        browser.submitSignIn(email, NEW_PASSWORD);
        assertThat(browser.title()).isEqualTo("Home");
    }

    @Test
    void staffUseForgotPasswordLikeContacts() throws Exception {
        Properties admin = Portal.newStaff(true);
        String link = requestResetLink(admin.getProperty("email"));
        browser.open(link);
        browser.field("New password").sendKeys(NEW_PASSWORD);
        browser.field("New password again").sendKeys(NEW_PASSWORD);
        browser.click("Save new password");
        browser.submitSignIn(admin.getProperty("email"), NEW_PASSWORD);
        assertThat(browser.path()).isEqualTo("/portal/staff/");
    }

    @Test
    void onceTheMailIsSentTheOutboxKeepsNoUsableToken() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String email = customer.getProperty("email");
        String link = requestResetLink(email);
        String token = link.substring(link.indexOf("token=") + "token=".length());
        String mail = "SELECT COUNT(*) FROM outbox_mail WHERE recipient = ? AND status = 'SENT' AND subject LIKE 'Reset your password%'";
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"1".equals(Database.queryString(mail, email)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(Database.queryString(mail, email)).isEqualTo("1");
        assertThat(Database.queryString("SELECT COUNT(*) FROM outbox_mail WHERE text_body LIKE ? OR html_body LIKE ? OR secret = ?",
                "%" + token + "%", "%" + token + "%", token)).isEqualTo("0");
    }

    @Test
    void changingThePasswordSpendsOpenResetLinks() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String link = requestResetLink(customer.getProperty("email"));
        WebClient web = new WebClient();
        web.signIn(customer.getProperty("email"), customer.getProperty("password"));
        assertThat(web.submit("/account/password.xhtml", "change", Map.of("change:current", customer.getProperty("password"),
                "change:password", NEW_PASSWORD, "change:confirmation", NEW_PASSWORD, "change:save", "")).body())
                .contains("Your password has been changed.");

        browser.open(link);
        assertThat(browser.pageText()).contains("This link has already been used.");
    }

    @Test
    void theResetPageOfAnExpiredViewComesBackWithItsLink() throws Exception {
        Properties customer = Portal.newCustomer(false);
        String link = requestResetLink(customer.getProperty("email"));
        WebClient web = new WebClient();
        assertThat(web.get(link).body()).contains("action=\"/portal" + link + "\"");
        HttpResponse<String> expired = web.post(link, Map.of("reset", "reset", "reset:password", NEW_PASSWORD,
                "reset:confirmation", NEW_PASSWORD, "reset:save", "", "jakarta.faces.ViewState", "-1:-1"));
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location").orElseThrow()).endsWith("/portal" + link);
    }

    @Test
    void askingForALinkTakesAsLongForAnUnknownAddressAsForAKnownOne() {
        Properties customer = Portal.newCustomer(false);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            known.add(timeToAsk(customer.getProperty("email")));
            unknown.add(timeToAsk("nobody-" + System.nanoTime() + "@it.example"));
        }
        long difference = Math.abs(median(known) - median(unknown));
        assertThat(difference).as("median answer times %s ms and %s ms", known, unknown).isLessThan(100);
    }

    private static long timeToAsk(String email) {
        WebClient web = new WebClient(SignInIT.newAddress());
        web.get("/password/forgot.xhtml");
        long started = System.nanoTime();
        HttpResponse<String> answer = web.submit("/password/forgot.xhtml", "forgot", Map.of("forgot:email", email, "forgot:send", ""));
        assertThat(answer.body()).contains("belongs to an account, we have sent it a link");
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Asks for a reset on the page and returns the path of the link in the mail that arrives. */
    private String requestResetLink(String email) throws Exception {
        browser.open("/login.xhtml");
        browser.click("Forgot your password?");
        browser.field("E-mail address").sendKeys(email);
        browser.click("Send reset link");
        assertThat(browser.pageText()).contains("If " + email + " belongs to an account, we have sent it a link");
        MimeMessage message = Mailbox.await(MAIL, email, "Reset your password");
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getPersonal() + " <" + from.getAddress() + ">").as("portal.mail.from of test.properties")
                .isEqualTo("Portal Tests <portal@it.example>");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        return link.group(1);
    }
}
