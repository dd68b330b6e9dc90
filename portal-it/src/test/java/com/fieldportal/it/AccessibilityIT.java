package com.fieldportal.it;

import java.util.List;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** axe-core's WCAG 2.1 A and AA rules on every page, in Chromium: no serious or critical violation anywhere. */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void publicPagesAreAccessible() {
        try (Browser browser = new Browser()) {
            for (String page : List.of("/login.xhtml", "/password/forgot.xhtml", "/password/reset.xhtml?token=unknown")) {
                browser.open(page);
                browser.assertAccessible();
            }
        }
    }

    @Test
    void customerPagesAreAccessible() {
        Database.update("UPDATE portal_configuration SET show_invoices = TRUE, electronic_payments = TRUE");
        Properties customer = Portal.newPayer();
        try (Browser browser = new Browser()) {
            browser.signIn(customer.getProperty("email"), customer.getProperty("password"));
            for (String page : List.of("/", "/invoices.xhtml", "/invoice.xhtml?id=" + customer.getProperty("invoice100"),
                    "/invoice.xhtml?id=" + customer.getProperty("invoice100") + "&pay=" + customer.getProperty("card"),
                    "/proposals.xhtml", "/requests.xhtml", "/request-new.xhtml", "/request.xhtml?id=" + customer.getProperty("requestAtA"),
                    "/account/password.xhtml", "/payments.xhtml", "/payments.xhtml?add=card",
                    "/payments.xhtml?add=ach", "/no-such-page.xhtml")) {
                browser.open(page);
                browser.assertAccessible();
            }
        }
    }

    @Test
    void staffPagesAreAccessible() {
        Properties admin = Portal.newStaff(true);
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            Properties customer = Portal.newCustomer(true);
            Properties proposals = Portal.newProposals();
            Properties requests = Portal.newRequests();
            for (String page : List.of("/staff/", "/staff/customers.xhtml", "/staff/requests.xhtml",
                    "/staff/request.xhtml?id=" + requests.getProperty("openRequest"), "/staff/proposals.xhtml?show=TO_WIN",
                    "/staff/proposal.xhtml?id=" + proposals.getProperty("acceptedAtA"), "/staff/proposal.xhtml?id=" + proposals.getProperty("toSign"), "/staff/customer.xhtml?id=" + customer.getProperty("accountId"),
                    "/staff/payments.xhtml", "/staff/invoice.xhtml?id=" + customer.getProperty("invoiceAtA"), "/staff/reconciliation.xhtml",
                    "/staff/admin/configuration.xhtml", "/staff/admin/invitations.xhtml", "/staff/admin/users.xhtml",
                    "/staff/admin/audit.xhtml", "/staff/admin/outbox.xhtml", "/staff/admin/api-keys.xhtml", "/account/password.xhtml",
                    "/invoices.xhtml")) {
                browser.open(page);
                browser.assertAccessible();
            }
        }
    }
}
