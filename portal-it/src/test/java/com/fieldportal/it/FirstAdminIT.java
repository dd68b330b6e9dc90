package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first step on a fresh install: the test database starts empty, and test.properties names
 * portal.admin.initial-email, so the run's first deployment made that admin and wrote its one-time link into the
 * server log. Once an admin can sign in, a start (here: this class deploying the portal again) does nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdminIT {

    private static final String FIRST_ADMIN = "first-admin@it.example";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/portal(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @Deployment(name = "portal", managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @ArquillianResource
    Deployer deployer;

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFirstAdminChoosesAPasswordFromTheLoggedLinkAndAFurtherStartDoesNothing() throws Exception {
        deployer.deploy("portal");
        try {
            chooseThePasswordAndSignIn();
            String events = Database.queryString("SELECT COUNT(*) FROM audit_event WHERE action = 'FIRST_ADMIN_CREATED'");
            int lines = serverLog().split("is now the portal's admin", -1).length;
            deployer.undeploy("portal");
            deployer.deploy("portal");
            assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE action = 'FIRST_ADMIN_CREATED'")).isEqualTo(events);
            assertThat(serverLog().split("is now the portal's admin", -1).length).as("no new link in the log").isEqualTo(lines);
        } finally {
            deployer.undeploy("portal");
        }
    }

    private void chooseThePasswordAndSignIn() throws Exception {
        String log = serverLog();
        Matcher link = LINK.matcher(log.substring(Math.max(0, log.lastIndexOf("is now the portal's admin"))));
        assertThat(link.find()).as("the link in the server log").isTrue();
        assertThat(Integer.parseInt(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE action = 'FIRST_ADMIN_CREATED'"))).isPositive();

        try (Browser browser = new Browser()) {
            browser.open(link.group(1));
            assertThat(browser.title()).isEqualTo("Choose your password");
            browser.field("Password").sendKeys("the first admin's passphrase");
            browser.field("Password again").sendKeys("the first admin's passphrase");
            browser.click("Save my password");
            browser.submitSignIn(FIRST_ADMIN, "the first admin's passphrase");
            assertThat(browser.path()).isEqualTo("/portal/staff/");
            browser.open("/staff/admin/users.xhtml");
            assertThat(browser.pageText()).contains(FIRST_ADMIN);

            browser.userMenu("Sign Out");
            browser.open(link.group(1));
            assertThat(browser.pageText()).contains("This link has already been used.");
        }
    }

    private static String serverLog() throws java.io.IOException {
        Path logs = Path.of(System.getProperty("portal.server.log")).getParent();
        String log;
        try (var files = Files.list(logs)) {
            // Payara rotates server.log as it grows, and the folder keeps earlier runs' logs: this run's line is the newest
            log = files.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .sorted(java.util.Comparator.comparing(FirstAdminIT::modified)).map(FirstAdminIT::read)
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        return log;
    }
}
