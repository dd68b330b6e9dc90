package com.fieldportal.it;

import com.fieldportal.it.fixture.CallerProbeServlet;
import com.fieldportal.it.fixture.FixtureServlet;
import com.fieldportal.it.fixture.PaymentProbeServlet;
import com.fieldportal.it.fixture.ReconciliationProbeServlet;
import com.fieldportal.it.fixture.RequestProbeServlet;
import com.fieldportal.it.fixture.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal under test: the EAR the build made, deployed by Arquillian to the test server, plus test data. */
public final class Portal {

    public static final String URL = "http://localhost:8080/portal";

    private Portal() {
    }

    /** The real EAR, with the fixture EJB and servlet added to its modules (Arquillian does not add test classes to an EAR). */
    public static EnterpriseArchive withFixtures() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portal.ear")));
        ear.getAsType(JavaArchive.class, "portal-ejb.jar").addClass(Fixtures.class);
        ear.getAsType(WebArchive.class, "portal-web.war").addClasses(FixtureServlet.class, CallerProbeServlet.class,
                PaymentProbeServlet.class, ReconciliationProbeServlet.class, RequestProbeServlet.class);
        return ear;
    }

    /** A new customer account, contact and properties (see {@link Fixtures#customer}); with invoices and the like when asked. */
    public static Properties newCustomer(boolean records) {
        return fixture("/customer?records=" + records);
    }

    /** A new customer whose contact has no password and was never invited. */
    public static Properties newUninvitedCustomer() {
        return fixture("/customer?records=false&password=false");
    }

    /** An account with contacts waiting for an invitation (see {@link Fixtures#accountToInvite}). */
    public static Properties newAccountToInvite(int waiting) {
        return fixture("/account-to-invite?waiting=" + waiting);
    }

    /** A new customer with invoices to pay and saved payment methods (see {@link Fixtures#payer}). */
    public static Properties newPayer() {
        return fixture("/payer");
    }

    /** A new customer with proposals in every state and a sales rep (see {@link Fixtures#proposals}). */
    public static Properties newProposals() {
        return fixture("/proposals");
    }

    /** A new customer with requests and staff on its properties (see {@link Fixtures#requests}). */
    public static Properties newRequests() {
        return fixture("/requests");
    }

    /** A new staff user (see {@link Fixtures#staff}). */
    public static Properties newStaff(boolean admin) {
        return fixture("/staff?admin=" + admin);
    }

    private static Properties fixture(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(URL + "/test-fixtures" + path))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Fixture failed: " + response.statusCode() + " " + response.body());
            }
            Properties customer = new Properties();
            customer.load(new StringReader(response.body()));
            return customer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
