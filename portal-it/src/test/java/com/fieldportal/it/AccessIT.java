package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may see what, and what a visitor gets when the answer is no: our pages, never a stack trace. */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void anotherCustomersInvoiceIsNotFoundJustLikeAMissingOne() {
        Properties mine = Portal.newCustomer(true);
        Properties theirs = Portal.newCustomer(true);
        WebClient web = new WebClient();
        web.signIn(mine.getProperty("email"), mine.getProperty("password"));

        HttpResponse<String> own = web.get("/invoice.xhtml?id=" + mine.getProperty("invoiceAtA"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(mine.getProperty("propertyA"));

        for (String id : new String[] {theirs.getProperty("invoiceAtA"), mine.getProperty("invoiceAtC"), "999999999", "abc", ""}) {
            HttpResponse<String> other = web.get("/invoice.xhtml?id=" + id);
            assertThat(other.statusCode()).as("invoice id %s", id).isEqualTo(404);
            assertThat(other.body()).contains("Page not found").doesNotContain(theirs.getProperty("propertyA"))
                    .doesNotContain("Exception").doesNotContain("at com.");
        }
    }

    @Test
    void pagesNeedASignedInContactAndEachSideGetsANotFoundPageLeadingBackToItsOwnArea() {
        WebClient anonymous = new WebClient();
        HttpResponse<String> home = anonymous.get("/invoices.xhtml");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("http://localhost:8080/portal/login.xhtml");
        assertThat(anonymous.get("/staff/").statusCode()).isEqualTo(302);

        Properties admin = Portal.newStaff(true);
        WebClient staff = new WebClient();
        staff.signIn(admin.getProperty("email"), admin.getProperty("password"));
        HttpResponse<String> customerPage = staff.get("/invoices.xhtml");
        assertThat(customerPage.statusCode()).isEqualTo(403);
        assertThat(customerPage.body()).contains("Page not found").contains("href=\"/portal/staff/\"").contains("Go to the staff console");
        assertThat(staff.get("/staff/").statusCode()).as("the link leads somewhere they may go").isEqualTo(200);

        Properties customer = Portal.newCustomer(false);
        WebClient contact = new WebClient();
        contact.signIn(customer.getProperty("email"), customer.getProperty("password"));
        HttpResponse<String> staffPage = contact.get("/staff/");
        assertThat(staffPage.statusCode()).isEqualTo(403);
        assertThat(staffPage.body()).contains("href=\"/portal/\"").contains("Go to the home page");
    }

    @Test
    void unknownPagesAreOurNotFoundPageAndTheOutboxIsForAdmins() {
        // a visitor who is not signed in learns nothing about which pages exist
        assertThat(new WebClient().get("/no-such-page.xhtml").statusCode()).isEqualTo(302);
        Properties customer = Portal.newCustomer(false);
        WebClient contact = new WebClient();
        contact.signIn(customer.getProperty("email"), customer.getProperty("password"));
        HttpResponse<String> missing = contact.get("/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");

        assertThat(new WebClient().get("/staff/admin/outbox.xhtml").statusCode()).isEqualTo(302);
        assertThat(contact.get("/staff/admin/outbox.xhtml").statusCode()).isEqualTo(403);
        Properties plainStaff = Portal.newStaff(false);
        WebClient staff = new WebClient();
        staff.signIn(plainStaff.getProperty("email"), plainStaff.getProperty("password"));
        assertThat(staff.get("/staff/admin/outbox.xhtml").statusCode()).as("staff, but not an admin").isEqualTo(403);
        // the test server sends real mail: an admin sees the outbox, but no mail's text or links
        Properties admin = Portal.newStaff(true);
        WebClient adminClient = new WebClient();
        adminClient.signIn(admin.getProperty("email"), admin.getProperty("password"));
        HttpResponse<String> outbox = adminClient.get("/staff/admin/outbox.xhtml");
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).doesNotContain("This is a demo server").doesNotContain("token=");
    }

    @Test
    void aFormOfAnExpiredPageLoadsThePageAgainWithItsParametersAndAMessage() {
        Properties customer = Portal.newCustomer(true);
        WebClient web = new WebClient();
        web.signIn(customer.getProperty("email"), customer.getProperty("password"));
        String invoice = "/invoice.xhtml?id=" + customer.getProperty("invoiceAtA");
        HttpResponse<String> page = web.get(invoice);
        assertThat(page.body()).as("the form posts to the page with its parameters")
                .contains("action=\"/portal" + invoice + "\"");

        HttpResponse<String> post = web.post(invoice, Map.of("filterForm", "filterForm", "jakarta.faces.ViewState", "-1:-1"));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/portal" + invoice);

        HttpResponse<String> again = web.get(invoice);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("The page had expired, so it was loaded again.").contains(customer.getProperty("propertyA"));
    }

    @Test
    void aFormSentAfterTheSessionExpiredComesBackToItsPageWithItsParameters() {
        Properties customer = Portal.newCustomer(true);
        String invoice = "/invoice.xhtml?id=" + customer.getProperty("invoiceAtA");
        WebClient web = new WebClient();
        // a form of a page whose session has ended: the post meets the sign-in page
        HttpResponse<String> post = web.post(invoice, Map.of("filterForm", "filterForm", "jakarta.faces.ViewState", "-1:-1"));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).contains("/portal/login.xhtml");

        HttpResponse<String> signedIn = web.trySignIn(customer.getProperty("email"), customer.getProperty("password"));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/portal" + invoice);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersErrorPagesIncluded() {
        Properties customer = Portal.newCustomer(false);
        WebClient contact = new WebClient();
        contact.signIn(customer.getProperty("email"), customer.getProperty("password"));
        Properties admin = Portal.newStaff(true);
        WebClient staff = new WebClient();
        staff.signIn(admin.getProperty("email"), admin.getProperty("password"));
        Map<String, HttpResponse<String>> responses = Map.of(
                "sign-in page", new WebClient().get("/login.xhtml"),
                "home", contact.get("/"),
                "404 of an unknown page", contact.get("/no-such-page.xhtml"),
                "404 of another's invoice", contact.get("/invoice.xhtml?id=999999999"),
                "403 of a staff page", contact.get("/staff/"),
                "403 of a customer page for staff", staff.get("/"),
                "an image", new WebClient().get("/images/logo"));
        responses.forEach((what, response) -> {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("SAMEORIGIN");
            assertThat(response.headers().allValues("Content-Security-Policy")).as(what).hasSize(1);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).as(what)
                    .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'self'");
            assertThat(response.headers().firstValue("X-Powered-By")).as(what).isEmpty();
        });
        responses.entrySet().stream().filter(e -> !e.getKey().equals("an image")).forEach(e ->
                assertThat(e.getValue().headers().firstValue("Cache-Control")).as(e.getKey()).hasValue("no-store"));
        assertThat(responses.get("home").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a page's scripts run by their nonce").containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'");
        String cookie = new WebClient().get("/login.xhtml").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=");
        assertThat(attributes(cookie)).contains("httponly", "samesite=lax").doesNotContain("secure");
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll).build();
        HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create("https://localhost:" + System.getProperty("portal.https.port") + "/portal/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(attributes(page.headers().firstValue("Set-Cookie").orElseThrow())).contains("secure", "httponly");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(new WebClient().get("/login.xhtml").headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP").isEmpty();
    }

    /** A cookie's attributes, lower case: their names are case-insensitive (RFC 6265), and Payara and WildFly differ. */
    private static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).map(attribute -> attribute.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
