package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A contact signs in, sees Home, and works the property filter, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private Browser browser;
    private Properties customer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @BeforeEach
    void signIn() {
        customer = Portal.newCustomer(true);
        browser = new Browser();
        browser.signIn(customer.getProperty("email"), customer.getProperty("password"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void signInShowsHomeWithTheWidgetsAndTheContactsOwnProperties() {
        assertThat(browser.path()).isEqualTo("/portal/");
        assertThat(browser.title()).isEqualTo("Home");
        assertThat(browser.text("userMenu")).isEqualTo(customer.getProperty("name"));
        assertThat(browser.has(By.id("invoicesDue"))).isTrue();
        assertThat(browser.has(By.id("proposalsPending"))).isTrue();
        assertThat(browser.has(By.id("requestsPending"))).isTrue();
        // linked to A and B of its account, not to C
        assertThat(browser.propertyChoices()).containsExactly("All properties", customer.getProperty("propertyA"), customer.getProperty("propertyB"));
    }

    @Test
    void everyFilterChoiceShowsTheSumOfItsDueInvoicesAsBalance() {
        for (String property : List.of(customer.getProperty("propertyA"), customer.getProperty("propertyB"), "All properties")) {
            browser.chooseProperty(property);
            BigDecimal balance = amount(browser.text("currentBalance"));

            browser.open("/invoices.xhtml?show=DUE");
            BigDecimal sumOfDue = browser.texts(By.cssSelector("[id='list:invoices'] td.amount")).stream()
                    .map(DashboardIT::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(balance).as("balance for %s", property).isEqualByComparingTo(sumOfDue);
            if (!property.equals("All properties")) {
                assertThat(browser.texts(By.cssSelector("[id='list:invoices'] td .muted"))).allMatch(property::equals);
            }
            browser.open("/");
        }
    }

    @Test
    void theChosenPropertyStaysChosenFromPageToPage() {
        String propertyB = customer.getProperty("propertyB");
        browser.chooseProperty(propertyB);

        browser.click("Requests");
        assertThat(browser.text("filterForm:property_label")).isEqualTo(propertyB);
        assertThat(browser.texts(By.cssSelector("[id='list:requests'] td .muted"))).isNotEmpty().allMatch(propertyB::equals);

        browser.click("Proposals");
        assertThat(browser.text("filterForm:property_label")).isEqualTo(propertyB);
        assertThat(browser.texts(By.cssSelector("[id='list:proposals'] td .muted"))).isNotEmpty().allMatch(propertyB::equals);
    }

    static BigDecimal amount(String money) {
        return new BigDecimal(money.replace("$", "").replace(",", ""));
    }
}
