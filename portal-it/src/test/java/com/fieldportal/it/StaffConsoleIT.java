package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The staff console's people: inviting contacts (one by one and in bulk), unlocking, deactivating, and staff users. */
@ExtendWith(ArquillianExtension.class)
class StaffConsoleIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/portal(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void anInvitedContactGetsTheMailChoosesAPasswordAndSignsIn() throws Exception {
        Properties customer = Portal.newUninvitedCustomer();
        Properties staff = Portal.newStaff(false);
        try (Browser browser = new Browser()) {
            browser.signIn(staff.getProperty("email"), staff.getProperty("password"));
            browser.open("/staff/customer.xhtml?id=" + customer.getProperty("accountId"));
            assertThat(browser.pageText()).contains("Not invited");
            browser.clickAjaxInRow("contact-" + customer.getProperty("contactId"), "Invite");
            assertThat(browser.text("messages")).contains("Invitation sent to " + customer.getProperty("email"));
            browser.userMenu("Sign Out");

            MimeMessage mail = Mailbox.await(MAIL, customer.getProperty("email"), "");
            assertThat(mail.getSubject()).contains(customer.getProperty("accountName"));
            String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
            assertThat(body).contains(customer.getProperty("name"));
            Matcher link = LINK.matcher(body);
            assertThat(link.find()).isTrue();

            browser.open(link.group(1));
            assertThat(browser.title()).isEqualTo("Choose your password");
            browser.field("Password").sendKeys("my own passphrase");
            browser.field("Password again").sendKeys("my own passphrase");
            browser.click("Save my password");
            assertThat(browser.pageText()).contains("Your password is set. Sign in with it.");
            browser.submitSignIn(customer.getProperty("email"), "my own passphrase");
            assertThat(browser.title()).isEqualTo("Home");
        }
    }

    @Test
    void aDeactivatedContactIsSignedOutAtOnceAndCannotSignInAgain() {
        Properties customer = Portal.newCustomer(false);
        WebClient contact = new WebClient();
        contact.signIn(customer.getProperty("email"), customer.getProperty("password"));
        assertThat(contact.get("/").statusCode()).isEqualTo(200);

        Properties admin = Portal.newStaff(true);
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open("/staff/customer.xhtml?id=" + customer.getProperty("accountId"));
            browser.clickAjaxInRow("contact-" + customer.getProperty("contactId"), "Deactivate");
            browser.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
            assertThat(browser.text("messages")).contains("can no longer sign in");
        }
        HttpResponse<String> next = contact.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml?ended=true");
        assertThat(new WebClient().trySignIn(customer.getProperty("email"), customer.getProperty("password")).body()).contains(SignInIT.REFUSED);
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE action = 'CONTACT_DEACTIVATED' AND target_id = ?",
                Long.parseLong(customer.getProperty("contactId")))).isEqualTo("1");
    }

    @Test
    void unlockLetsAContactSlowedDownByWrongPasswordsSignInAtOnce() {
        Properties customer = Portal.newCustomer(false);
        String address = SignInIT.newAddress();
        WebClient guesser = new WebClient(address);
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.trySignIn(customer.getProperty("email"), "wrong " + attempt);
        }
        assertThat(new WebClient(address).trySignIn(customer.getProperty("email"), customer.getProperty("password")).body()).contains(SignInIT.REFUSED);

        Properties staff = Portal.newStaff(false);
        try (Browser browser = new Browser()) {
            browser.signIn(staff.getProperty("email"), staff.getProperty("password"));
            browser.open("/staff/customer.xhtml?id=" + customer.getProperty("accountId"));
            assertThat(browser.pageText()).contains("5 wrong passwords lately");
            browser.clickAjaxInRow("contact-" + customer.getProperty("contactId"), "Unlock");
            assertThat(browser.text("messages")).contains("may sign in again at once");
        }
        assertThat(new WebClient(address).trySignIn(customer.getProperty("email"), customer.getProperty("password")).statusCode()).isEqualTo(302);
    }

    @Test
    void aBulkInvitationSendsOneMailPerContactWaitingAndSkipsTheOthers() throws Exception {
        Properties account = Portal.newAccountToInvite(3);
        Properties admin = Portal.newStaff(true);
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open("/staff/admin/invitations.xhtml");
            browser.type("bulk:query", account.getProperty("accountName"));
            browser.clickAjax("Find");
            browser.clickAjax(By.cssSelector("[id='bulk:accounts'] tbody .ui-chkbox-box"));
            browser.clickAjax(By.id("bulk:start"));
            browser.waitForText(By.id("progress"), "Done");
            assertThat(browser.text("summary")).contains("4 contacts").contains("3 invited").contains("1 skipped").contains("0 failed");
        }
        List<String> waiting = List.of(account.getProperty("waiting1"), account.getProperty("waiting2"), account.getProperty("waiting3"));
        for (String email : waiting) {
            Mailbox.await(MAIL, email, "");
        }
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mailbox::recipient).filter(waiting::contains)).hasSize(3);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mailbox::recipient)).doesNotContain(account.getProperty("ready"));
    }

    @Test
    void theLastActiveAdminCannotBeDeactivatedNorLoseTheRole() {
        Properties admin = Portal.newStaff(true);
        String others = "UPDATE staff_user SET active = %s WHERE id <> " + admin.getProperty("id") + " AND active = %s "
                + "AND id IN (SELECT staff_user_id FROM staff_user_role WHERE role = 'ADMIN')";
        int deactivated = Database.update(others.formatted("FALSE", "TRUE"));
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open("/staff/admin/users.xhtml");
            browser.clickAjaxInRow("staff-" + admin.getProperty("id"), "Remove admin");
            assertThat(browser.text("messages")).contains("This is the last active admin");
            browser.clickAjaxInRow("staff-" + admin.getProperty("id"), "Deactivate");
            assertThat(browser.text("messages")).contains("This is the last active admin");
        } finally {
            Database.update("UPDATE staff_user SET active = TRUE WHERE id IN (SELECT staff_user_id FROM staff_user_role WHERE role = 'ADMIN') "
                    + "AND id <> " + admin.getProperty("id") + " AND email LIKE '%@it.example'");
        }
        assertThat(deactivated).isPositive();
        assertThat(Database.queryString("SELECT active FROM staff_user WHERE id = " + admin.getProperty("id"))).isEqualTo("t");
    }

    @Test
    void anAdminAddsAStaffUserWhoIsInvitedAndTheAuditLogExportsIt() throws Exception {
        Properties admin = Portal.newStaff(true);
        String newcomer = "newcomer-" + System.nanoTime() + "@it.example";
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open("/staff/admin/users.xhtml");
            browser.field("Name").sendKeys("New Colleague");
            browser.field("E-mail address").sendKeys(newcomer);
            browser.clickAjax("Add and invite");
            assertThat(browser.text("messages")).contains("New Colleague is added");
            assertThat(browser.pageText()).contains(newcomer);
        }
        assertThat(Mailbox.await(MAIL, newcomer, "").getSubject()).isNotBlank();
        WebClient web = new WebClient();
        web.signIn(admin.getProperty("email"), admin.getProperty("password"));
        HttpResponse<String> csv = web.get("/staff/admin/audit.csv?who=" + admin.getProperty("email").replace("@", "%40") + "&what=staff_user_added");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"audit-log-");
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).contains("STAFF_USER_ADDED").contains(newcomer);
    }
}
