package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The demo primary contact signs in, sees Home, and works the property filter, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

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
    void signInShowsHomeWithTheWidgetsAndTheContactsOwnProperties() {
        browser.signIn("pat.primary@example.com", "Portal-demo-1");

        assertThat(browser.path()).isEqualTo("/portal/");
        assertThat(browser.title()).isEqualTo("Home");
        assertThat(browser.text("userForm:userMenu_button")).isEqualTo("Pat Primary");
        assertThat(browser.has(By.id("invoicesDue"))).isTrue();
        assertThat(browser.has(By.id("proposalsPending"))).isTrue();
        assertThat(browser.has(By.id("requestsPending"))).isTrue();
        assertThat(browser.has(By.cssSelector(".marketing .slide"))).isTrue();
        // Pat is linked to three of the four properties of Maple Ridge HOA
        assertThat(browser.propertyChoices()).containsExactly("All properties",
                "Maple Ridge Clubhouse", "Maple Ridge North Common", "Maple Ridge Pool");
    }

    @Test
    void everyFilterChoiceShowsTheSumOfItsDueInvoicesAsBalance() {
        browser.signIn("pat.primary@example.com", "Portal-demo-1");
        for (String property : List.of("Maple Ridge Clubhouse", "Maple Ridge North Common", "Maple Ridge Pool", "All properties")) {
            browser.chooseProperty(property);
            BigDecimal balance = amount(browser.text("currentBalance"));

            browser.open("/invoices.xhtml?show=DUE");
            BigDecimal sumOfDue = browser.texts(By.cssSelector("#invoices td.amount")).stream()
                    .map(DashboardIT::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(balance).as("balance for %s", property).isEqualByComparingTo(sumOfDue);
            if (!property.equals("All properties")) {
                assertThat(browser.texts(By.cssSelector("#invoices td .muted"))).allMatch(property::equals);
            }
            browser.open("/");
        }
    }

    @Test
    void theChosenPropertyStaysChosenFromPageToPage() {
        browser.signIn("pat.primary@example.com", "Portal-demo-1");
        browser.chooseProperty("Maple Ridge Pool");

        browser.click("Requests");
        assertThat(browser.text("filterForm:property_label")).isEqualTo("Maple Ridge Pool");
        assertThat(browser.texts(By.cssSelector("#requests td .muted"))).isNotEmpty().allMatch("Maple Ridge Pool"::equals);

        browser.click("Proposals");
        assertThat(browser.text("filterForm:property_label")).isEqualTo("Maple Ridge Pool");
        assertThat(browser.texts(By.cssSelector("#proposals td .muted"))).isNotEmpty().allMatch("Maple Ridge Pool"::equals);
    }

    static BigDecimal amount(String money) {
        return new BigDecimal(money.replace("$", "").replace(",", ""));
    }
}
