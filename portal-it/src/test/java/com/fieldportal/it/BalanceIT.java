package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The current balance as DESIGN.md defines it, on a customer whose invoices (see Fixtures.customer) are:
 * at property A 100.00 paid 30.00 (70.00 due), 200.00 with 50.00 of credit applied (150.00), 80.00 with a
 * payment of 25.00 still pending (80.00), 60.00 paid in full (not due); at B 40.00; at C, not linked to
 * the contact, 900.00; and 500.00 of credit never applied.
 */
@ExtendWith(ArquillianExtension.class)
class BalanceIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void balanceCountsAppliedCreditsAndSettledPaymentsOnlyAndFollowsTheFilter() {
        Properties customer = Portal.newCustomer(true);
        try (Browser browser = new Browser()) {
            browser.signIn(customer.getProperty("email"), customer.getProperty("password"));
            assertThat(browser.text("currentBalance")).isEqualTo("$340.00");
            assertThat(browser.text("invoicesDueCount")).isEqualTo("4");

            browser.chooseProperty(customer.getProperty("propertyA"));
            assertThat(browser.text("currentBalance")).isEqualTo("$300.00");

            browser.chooseProperty(customer.getProperty("propertyB"));
            assertThat(browser.text("currentBalance")).isEqualTo("$40.00");
            assertThat(browser.text("invoicesDueCount")).isEqualTo("1");
        }
    }

    @Test
    void paidInvoicesAreListedAsPaidAndNotAsDue() {
        Properties customer = Portal.newCustomer(true);
        try (Browser browser = new Browser()) {
            browser.signIn(customer.getProperty("email"), customer.getProperty("password"));

            browser.open("/invoices.xhtml?show=PAID");
            assertThat(browser.texts(By.cssSelector("[id='list:invoices'] td .status"))).containsExactly("Paid");
            assertThat(browser.texts(By.cssSelector("[id='list:invoices'] td.amount"))).containsExactly("$0.00");

            browser.open("/invoices.xhtml?show=DUE");
            assertThat(browser.texts(By.cssSelector("[id='list:invoices'] td.amount")))
                    .containsExactlyInAnyOrder("$70.00", "$150.00", "$80.00", "$40.00");
        }
    }
}
