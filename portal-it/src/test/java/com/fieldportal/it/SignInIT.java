package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out, wrong passwords, the lockout, and coming back after the session expired. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String WRONG_CREDENTIALS = "The e-mail address or password is not correct.";

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
    void aWrongPasswordOrAnUnknownAddressGetsTheSameClearMessage() {
        Properties customer = Portal.newCustomer(false);

        browser.signIn(customer.getProperty("email"), "not the password");
        assertThat(browser.path()).startsWith("/portal/login.xhtml");
        assertThat(browser.pageText()).contains(WRONG_CREDENTIALS);

        browser.signIn("nobody-" + System.nanoTime() + "@it.example", "not the password");
        assertThat(browser.pageText()).contains(WRONG_CREDENTIALS);
    }

    @Test
    void emptyFieldsAreNamedBeforeAnythingIsChecked() {
        browser.open("/login.xhtml");
        browser.click("Sign in");
        assertThat(browser.pageText()).contains("Enter your e-mail address.").contains("Enter your password.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        Properties customer = Portal.newCustomer(false);
        String email = customer.getProperty("email");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(email, "wrong password " + attempt);
            assertThat(browser.pageText()).contains(WRONG_CREDENTIALS);
        }
        browser.signIn(email, "wrong password 5");
        assertThat(browser.pageText()).contains("This account is locked after too many failed sign-ins. Try again in 15 minutes");

        browser.signIn(email, customer.getProperty("password"));
        assertThat(browser.path()).startsWith("/portal/login.xhtml");
        assertThat(browser.pageText()).contains("This account is locked");
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE actor_name = ? AND action = 'LOCKED_AFTER_FAILED_SIGN_INS'", email))
                .isEqualTo("1");
    }

    @Test
    void wrongPasswordsSentAtTheSameTimeAllCount() {
        Properties customer = Portal.newCustomer(false);
        String email = customer.getProperty("email");
        CompletableFuture<?>[] guesses = IntStream.rangeClosed(1, 5)
                .mapToObj(n -> CompletableFuture.runAsync(() -> {
                    try {
                        new WebClient().signIn(email, "parallel guess " + n);
                    } catch (AssertionError refused) {
                        // expected: the sign-in page again
                    }
                }))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(guesses).join();

        browser.signIn(email, customer.getProperty("password"));
        assertThat(browser.pageText()).contains("This account is locked");
    }

    @Test
    void signOutEndsTheSession() {
        Properties customer = Portal.newCustomer(false);
        browser.signIn(customer.getProperty("email"), customer.getProperty("password"));
        assertThat(browser.title()).isEqualTo("Home");

        browser.userMenu("Sign Out");
        assertThat(browser.path()).startsWith("/portal/login.xhtml");
        assertThat(browser.pageText()).contains("You have signed out.");

        browser.open("/invoices.xhtml");
        assertThat(browser.path()).startsWith("/portal/login.xhtml");
    }

    @Test
    void afterTheSessionExpiredSigningInLeadsBackToThePageAskedFor() {
        Properties customer = Portal.newCustomer(true);
        browser.signIn(customer.getProperty("email"), customer.getProperty("password"));
        browser.expireSession();

        browser.open("/invoices.xhtml?show=PAID");
        assertThat(browser.path()).isEqualTo("/portal/login.xhtml?expired=true");
        assertThat(browser.pageText()).contains("Your session has expired. Please sign in again");

        browser.submitSignIn(customer.getProperty("email"), customer.getProperty("password"));
        assertThat(browser.path()).isEqualTo("/portal/invoices.xhtml?show=PAID");
        assertThat(browser.title()).isEqualTo("Invoices");
    }

    @Test
    void staffSignInAtTheSamePageAndLandInTheStaffConsole() {
        browser.signIn("admin@example.com", "Portal-demo-1");
        assertThat(browser.path()).isEqualTo("/portal/staff/");
        assertThat(browser.title()).isEqualTo("Staff console");
        assertThat(browser.pageText()).contains("Signed in as admin@example.com");
    }
}
