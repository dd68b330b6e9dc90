package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sections the contractor switches off are gone, not just hidden: no menu button, no Home widget, and
 * their pages answer "not found". (Switched in the database: the staff console's editor comes later.)
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @AfterEach
    void switchEverythingBackOn() {
        Database.update("UPDATE portal_configuration SET show_requests = TRUE, show_proposals = TRUE, show_invoices = TRUE, electronic_payments = TRUE");
    }

    @Test
    void everySectionShowsWhenSwitchedOn() {
        HttpResponse<String> home = signedIn().get("/");
        assertThat(home.body()).contains(">Requests</a>", ">Proposals</a>", ">Invoices</a>", "id=\"currentBalance\"",
                "id=\"invoicesDue\"", "id=\"proposalsPending\"", "id=\"requestsPending\"", "Manage Payments");
        assertThat(signedIn().get("/payments.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void proposalsSwitchedOffLeaveNoButtonNoWidgetAndNoPage() {
        Database.update("UPDATE portal_configuration SET show_proposals = FALSE");
        WebClient web = signedIn();
        HttpResponse<String> home = web.get("/");
        assertThat(home.body()).doesNotContain(">Proposals</a>").doesNotContain("id=\"proposalsPending\"")
                .contains(">Requests</a>", ">Invoices</a>");
        assertThat(web.get("/proposals.xhtml").statusCode()).isEqualTo(404);
        assertThat(web.get("/requests.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void invoicesSwitchedOffAlsoTakeTheBalanceAway() {
        Database.update("UPDATE portal_configuration SET show_invoices = FALSE");
        WebClient web = signedIn();
        HttpResponse<String> home = web.get("/");
        assertThat(home.body()).doesNotContain(">Invoices</a>").doesNotContain("id=\"invoicesDue\"").doesNotContain("id=\"currentBalance\"");
        assertThat(web.get("/invoices.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void requestsSwitchedOffAndNoElectronicPayments() {
        Database.update("UPDATE portal_configuration SET show_requests = FALSE, electronic_payments = FALSE");
        WebClient web = signedIn();
        HttpResponse<String> home = web.get("/");
        assertThat(home.body()).doesNotContain(">Requests</a>").doesNotContain("id=\"requestsPending\"").doesNotContain("Manage Payments");
        assertThat(web.get("/requests.xhtml").statusCode()).isEqualTo(404);
        assertThat(web.get("/payments.xhtml").statusCode()).isEqualTo(404);
    }

    private static WebClient signedIn() {
        Properties customer = Portal.newCustomer(false);
        WebClient web = new WebClient();
        web.signIn(customer.getProperty("email"), customer.getProperty("password"));
        return web;
    }
}
