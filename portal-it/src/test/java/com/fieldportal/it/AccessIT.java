package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
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
    void pagesNeedASignedInContactAndStaffCannotOpenCustomerPages() {
        WebClient anonymous = new WebClient();
        HttpResponse<String> home = anonymous.get("/invoices.xhtml");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("http://localhost:8080/portal/login.xhtml");
        assertThat(anonymous.get("/staff/").statusCode()).isEqualTo(302);

        WebClient staff = new WebClient();
        staff.signIn("admin@example.com", "Portal-demo-1");
        HttpResponse<String> customerPage = staff.get("/invoices.xhtml");
        assertThat(customerPage.statusCode()).isEqualTo(403);
        assertThat(customerPage.body()).contains("Page not found");

        WebClient contact = new WebClient();
        contact.signIn("pat.primary@example.com", "Portal-demo-1");
        assertThat(contact.get("/staff/").statusCode()).isEqualTo(403);
    }

    @Test
    void unknownPagesAndTheDevOutboxOfATestServerAreOurNotFoundPage() {
        // a visitor who is not signed in learns nothing about which pages exist
        assertThat(new WebClient().get("/no-such-page.xhtml").statusCode()).isEqualTo(302);
        WebClient contact = new WebClient();
        contact.signIn("pat.primary@example.com", "Portal-demo-1");
        HttpResponse<String> missing = contact.get("/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");

        // the test server sends real mail, so the dev outbox does not exist there
        HttpResponse<String> outbox = new WebClient().get("/dev-outbox.xhtml");
        assertThat(outbox.statusCode()).isEqualTo(404);
    }

    @Test
    void aFormOfAnExpiredPageLoadsThePageAgainWithAMessage() {
        WebClient web = new WebClient();
        web.signIn("pat.primary@example.com", "Portal-demo-1");
        HttpResponse<String> post = web.post("/invoices.xhtml", Map.of("showForm", "showForm", "jakarta.faces.ViewState", "-1:-1"));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/portal/invoices.xhtml");

        HttpResponse<String> page = web.get("/invoices.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The page had expired, so it was loaded again.");
    }

    @Test
    void responsesCarryTheSecurityHeadersAndASafeSessionCookie() {
        HttpResponse<String> page = new WebClient().get("/login.xhtml");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
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
        HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create("https://localhost:8181/portal/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure").contains("HttpOnly");
    }
}
