package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldportal.shared.Tokens;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The back office's REST API as an ERP integration uses it, over HTTP against the real server and database: keys made
 * and revoked in the staff console, documents upserted by external ids (and refused when wrong), bulks, pulls with
 * cursors, and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/portal(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void aKeyAnAdminCreatesInTheConsoleWorksUntilRevokedAndEveryCallIsAudited() {
        Properties admin = Portal.newStaff(true);
        String name = "ERP " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open("/staff/admin/api-keys.xhtml");
            browser.field("Name").sendKeys(name);
            browser.choose("create:scope", "Read and write");
            browser.clickAjax("Create key");
            assertThat(browser.text("messages")).contains("Key " + name + " is created");
            String token = browser.attribute("keys:token", "value");
            assertThat(token).startsWith("fpk_").hasSizeGreaterThan(40);
            assertThat(Database.queryString("SELECT COUNT(*) FROM api_key WHERE token_hash = ? AND name = ?",
                    Tokens.sha256(token), name)).as("only the hash is kept").isEqualTo("1");

            Api erp = new Api(token);
            String account = "ACC-" + UUID.randomUUID();
            assertThat(erp.put("/accounts/" + account, accountJson(account)).statusCode()).isEqualTo(201);
            assertThat(erp.get("/payments?limit=1").statusCode()).isEqualTo(200);
            assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE actor_type = 'API_KEY' AND actor_name = ? AND action = 'API_CALL'",
                    name)).isEqualTo("2");
            assertThat(Database.queryString("SELECT details FROM audit_event WHERE actor_name = ? AND action = 'CUSTOMER_ACCOUNT_CREATED'", name))
                    .contains(account);

            browser.open("/staff/admin/api-keys.xhtml");
            assertThat(browser.pageText()).contains(name).doesNotContain(token);
            String keyId = Database.queryString("SELECT id FROM api_key WHERE name = ?", name);
            browser.clickAjaxInRow("key-" + keyId, "Revoke");
            browser.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
            assertThat(browser.text("messages")).contains("is revoked");

            HttpResponse<String> refused = erp.get("/payments?limit=1");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(Api.json(refused)).containsEntry("status", 401L).containsEntry("title", "No valid API key");
            assertThat(erp.put("/accounts/" + account, accountJson(account).replace("Oak Park", "Elm Park")).statusCode()).isEqualTo(401);
            assertThat(Database.queryString("SELECT name FROM customer_account WHERE external_id = ?", account)).isEqualTo("Oak Park Condos");
        }
        assertThat(new Api(null).get("/payments").statusCode()).as("no key").isEqualTo(401);
        assertThat(new Api("fpk_" + "x".repeat(43)).get("/payments").statusCode()).as("an unknown key").isEqualTo(401);
    }

    @Test
    void aContactCreatedOverTheApiSignsInAfterFollowingTheInvitation() throws Exception {
        Api erp = Api.newKey("WRITE", 600);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "olive." + tag + "@example.com";
        assertThat(erp.put("/accounts/ACC-" + tag, accountJson("ACC-" + tag)).statusCode()).isEqualTo(201);
        assertThat(erp.put("/staff/EMP-" + tag, """
                {"name": "Sam Sales", "email": "sam.%s@contractor.example"}""".formatted(tag)).statusCode()).isEqualTo(201);
        assertThat(erp.put("/properties/PROP-" + tag, """
                {"account": "ACC-%1$s", "name": "Building %1$s", "address": {"street": "1 Oak St", "city": "Springfield"}, "salesRep": "EMP-%1$s"}"""
                .formatted(tag)).statusCode()).isEqualTo(201);
        String staff = """
                {"name": "Sam Sales", "email": "sam.%s@contractor.example"}""".formatted(tag);
        Database.update("INSERT INTO staff_user_role (staff_user_id, role) SELECT id, 'ADMIN' FROM staff_user WHERE external_id = ?", "EMP-" + tag);
        assertThat(Api.json(erp.put("/staff/EMP-" + tag, staff))).as("an admin sent again unchanged").containsEntry("outcome", "UNCHANGED");
        HttpResponse<String> admin = erp.put("/staff/EMP-" + tag, staff.replace("Sam Sales", "Mallory"));
        assertThat(admin.statusCode()).as("admins are changed in the console only").isEqualTo(409);
        assertThat(Database.queryString("SELECT name FROM staff_user WHERE external_id = ?", "EMP-" + tag)).isEqualTo("Sam Sales");
        String contact = """
                {"account": "ACC-%1$s", "name": "Olive Owner", "email": "%2$s", "roles": ["PRIMARY"], "properties": ["PROP-%1$s"], "invite": true}"""
                .formatted(tag, email);
        assertThat(erp.put("/contacts/CON-" + tag, contact).statusCode()).isEqualTo(201);
        assertThat(Api.json(erp.put("/contacts/CON-" + tag, contact))).as("sent again: no second invitation").containsEntry("outcome", "UNCHANGED");

        MimeMessage mail = Mailbox.await(MAIL, email, "");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        assertThat(Database.queryString("SELECT COUNT(*) FROM password_reset_token WHERE login = ?", email)).isEqualTo("1");
        try (Browser browser = new Browser()) {
            browser.open(link.group(1));
            assertThat(browser.title()).isEqualTo("Choose your password");
            browser.field("Password").sendKeys("olive's own passphrase");
            browser.field("Password again").sendKeys("olive's own passphrase");
            browser.click("Save my password");
            browser.submitSignIn(email, "olive's own passphrase");
            assertThat(browser.title()).isEqualTo("Home");
            assertThat(browser.pageText()).contains("Building " + tag);
        }
    }

    @Test
    void theSameInvoiceUpsertedTwiceIsOneInvoiceWithOneAuditEntryAndAChangeUpdatesItInPlace() {
        Api erp = Api.newKey("WRITE", 600);
        String property = newProperty(erp);
        String invoice = "INV-" + UUID.randomUUID();
        String number = "N" + System.nanoTime();
        String document = invoiceJson(number, property, "4", "45.00");

        HttpResponse<String> created = erp.put("/invoices/" + invoice, document);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(Api.BASE + "/invoices/" + invoice);
        HttpResponse<String> again = erp.put("/invoices/" + invoice, document);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Api.json(again)).containsEntry("outcome", "UNCHANGED").containsEntry("id", Api.json(created).get("id"));
        String id = Database.queryString("SELECT id FROM invoice WHERE external_id = ?", invoice);
        assertThat(Database.queryString("SELECT COUNT(*) || ' ' || MIN(total) || ' ' || MIN(balance) FROM invoice WHERE external_id = ?", invoice))
                .isEqualTo("1 180.00 180.00");
        String entries = "SELECT COUNT(*) FROM audit_event WHERE target_type = 'Invoice' AND target_id = ?";
        assertThat(Database.queryString(entries, Long.valueOf(id))).isEqualTo("1");

        assertThat(Api.json(erp.put("/invoices/" + invoice, invoiceJson(number, property, "5", "45.00")))).containsEntry("outcome", "UPDATED");
        assertThat(Database.queryString("SELECT COUNT(*) || ' ' || MIN(total) || ' ' || MIN(balance) FROM invoice WHERE external_id = ?", invoice))
                .isEqualTo("1 225.00 225.00");
        assertThat(Database.queryString("SELECT COUNT(*) FROM invoice_line WHERE invoice_id = ?", Long.valueOf(id))).isEqualTo("1");
        assertThat(Database.queryString(entries, Long.valueOf(id))).isEqualTo("2");
        assertThat(Database.queryString("SELECT details FROM audit_event WHERE target_type = 'Invoice' AND target_id = ? AND action = 'INVOICE_UPDATED'",
                Long.valueOf(id))).contains("lines").contains("× 4", "× 5");

        assertThat(erp.put("/payments/PAY-" + invoice, """
                {"invoice": "%s", "amount": 200.00, "method": "CHECK", "reference": "1042", "receivedAt": "2026-11-05T10:00:00Z"}"""
                .formatted(invoice)).statusCode()).isEqualTo(201);
        HttpResponse<String> below = erp.put("/invoices/" + invoice, invoiceJson(number, property, "1", "45.00"));
        assertThat(below.statusCode()).as("a total below what was paid").isEqualTo(422);
        assertThat(Api.json(below).get("detail").toString()).contains("less than the 200.00 already paid");
        HttpResponse<String> overpaid = erp.put("/payments/PAY2-" + invoice, """
                {"invoice": "%s", "amount": 25.01, "method": "CASH", "receivedAt": "2026-11-05T10:00:00Z"}""".formatted(invoice));
        assertThat(overpaid.statusCode()).as("more than the balance").isEqualTo(422);
        assertThat(Database.queryString("SELECT total || ' ' || balance FROM invoice WHERE external_id = ?", invoice)).isEqualTo("225.00 25.00");
    }

    @Test
    void theSameNewInvoiceSentEightTimesAtOnceIsStoredOnceAndNoCallFails() throws Exception {
        Api erp = Api.newKey("WRITE", 600);
        String property = newProperty(erp);
        String invoice = "TWICE-" + UUID.randomUUID();
        String document = invoiceJson("W" + System.nanoTime(), property, "2", "30.00");
        List<CompletableFuture<Integer>> calls = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> erp.put("/invoices/" + invoice, document).statusCode())).toList();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : calls) {
            statuses.add(call.get());
        }
        assertThat(statuses).as("created once; the others found it, or were told to send again").isSubsetOf(201, 200, 409)
                .containsOnlyOnce(201);
        assertThat(Database.queryString("SELECT COUNT(*) || ' ' || MIN(total) FROM invoice WHERE external_id = ?", invoice)).isEqualTo("1 60.00");
        assertThat(Database.queryString("SELECT COUNT(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE i.external_id = ?",
                invoice)).isEqualTo("1");
    }

    @Test
    void aBadDocumentGets400WithItsFieldErrorsAndWritesNothing() {
        Api erp = Api.newKey("WRITE", 600);
        String property = newProperty(erp);
        String invoice = "BAD-" + UUID.randomUUID();
        String good = invoiceJson("B" + System.nanoTime(), property, "1", "10.00");
        Map<String, String> bad = Map.of(
                "{\"number\": \"1\",", "",
                good.replace("\"jobs\"", "\"colour\": \"red\", \"jobs\""), "colour",
                good.replace("\"quantity\": 1", "\"quantity\": \"lots\""), "lines",
                good.replace("\"invoiceDate\": \"2026-11-01\"", "\"invoiceDate\": \"yesterday\""), "invoiceDate",
                "{\"lines\": [{\"quantity\": -1, \"unitPrice\": 1.001}]}", "lines[0].quantity",
                good.replace("Mowing", "Mow\\u0000ing"), "");
        bad.forEach((document, field) -> {
            HttpResponse<String> answer = erp.put("/invoices/" + invoice, document);
            assertThat(answer.statusCode()).as(document).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception", "at com.", "at org.");
            List<Map<String, Object>> errors = Api.list(Api.json(answer).get("errors"));
            assertThat(errors).extracting(error -> error.get("field")).as(document).contains(field);
        });
        HttpResponse<String> missing = erp.put("/invoices/" + invoice, "{\"lines\": [{\"quantity\": -1, \"unitPrice\": 1.001}]}");
        assertThat(Api.list(Api.json(missing).get("errors"))).extracting(error -> error.get("field"))
                .containsExactly("invoiceDate", "lines[0].description", "lines[0].quantity", "lines[0].unitPrice", "number", "property");
        HttpResponse<String> unknown = erp.put("/invoices/" + invoice, good.replace(property, "PROP-NOWHERE"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(Api.json(unknown).get("unknown")).isEqualTo(List.of("property PROP-NOWHERE"));
        assertThat(erp.put("/invoices/OTHER", good.replace("{", "{\"externalId\": \"" + invoice + "\", ")).statusCode())
                .as("the body names another invoice than the URL").isEqualTo(400);
        assertThat(erp.put("/invoices/" + invoice, good.replace(property, "PROP\\\\' OR 1=1 --")).statusCode())
                .as("a backslash in a reference").isEqualTo(400);

        assertThat(Database.queryString("SELECT COUNT(*) FROM invoice WHERE external_id IN (?, 'OTHER')", invoice)).isEqualTo("0");
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE details LIKE ? AND action <> 'API_CALL'", "%" + invoice + "%"))
                .isEqualTo("0");
        assertThat(Database.queryString("SELECT MIN(details) FROM audit_event WHERE details LIKE ? AND action = 'API_CALL'", "%" + invoice + "%"))
                .as("the refused calls are in the audit log too").endsWith("→ 400");
    }

    @Test
    void aReadOnlyKeyCannotWriteAKeyOverItsRateIsToldWhenToComeBackAndAnOversizeBodyIsRefused() {
        Api reader = Api.newKey("READ", 3);
        String account = "RO-" + UUID.randomUUID();
        HttpResponse<String> write = reader.put("/accounts/" + account, accountJson(account));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(Api.json(write).get("detail").toString()).contains("may only read");
        assertThat(Database.queryString("SELECT COUNT(*) FROM customer_account WHERE external_id = ?", account)).isEqualTo("0");
        assertThat(reader.get("/requests?limit=1").statusCode()).isEqualTo(200);
        assertThat(reader.get("/reconciliation-runs?limit=1").statusCode()).isEqualTo(200);

        HttpResponse<String> tooMany = reader.get("/requests?limit=1");
        Api writer = Api.newKey("WRITE", 600);
        assertThat(writer.statusOfPostDeclaring("/invoices/bulk", 20_000_000)).as("a length over the limit, answered before the body")
                .isEqualTo(413);
        assertThat(tooMany.statusCode()).as("the 4th call of a 3-a-minute key").isEqualTo(429);
        assertThat(tooMany.headers().firstValue("Retry-After").map(Long::valueOf)).hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 20L));
        assertThat(Api.json(tooMany)).containsEntry("status", 429L);
    }

    @Test
    void aBulkOf1000InvoicesWith3BadOnesStores997AndAnswersEachOne() {
        Api erp = Api.newKey("WRITE", 600);
        String property = newProperty(erp);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String taken = "T" + System.nanoTime();
        assertThat(erp.put("/invoices/TAKEN-" + run, invoiceJson(taken, property, "1", "1.00")).statusCode()).isEqualTo(201);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String number = i == 999 ? taken : run + "-" + i;
            String item = invoiceJson(number, i == 10 ? "PROP-NOWHERE" : property, i == 500 ? "-2" : "3", "12.50")
                    .replaceFirst("\\{", "{\"externalId\": \"" + run + "-" + i + "\", ");
            items.add(item);
        }
        HttpResponse<String> answer = erp.post("/invoices/bulk", "[" + String.join(",", items) + "]");
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Object> result = Api.json(answer);
        assertThat(result).containsEntry("received", 1000L).containsEntry("stored", 997L).containsEntry("refused", 3L);
        List<Map<String, Object>> answers = Api.list(result.get("items"));
        assertThat(answers).hasSize(1000);
        assertThat(answers.stream().filter(item -> !Long.valueOf(201).equals(item.get("status"))))
                .extracting(item -> item.get("index") + " " + item.get("status") + " " + item.get("refusal"))
                .containsExactly("10 422 UNKNOWN_REFERENCE", "500 400 INVALID", "999 409 CONFLICT");
        assertThat(Database.queryString("SELECT COUNT(*) || ' ' || SUM(total) FROM invoice WHERE external_id LIKE ?", run + "-%"))
                .isEqualTo("997 37387.50");
        assertThat(Database.queryString("SELECT COUNT(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE i.external_id LIKE ?",
                run + "-%")).isEqualTo("997");
        assertThat(Database.queryString("SELECT COUNT(*) FROM invoice WHERE external_id IN (?, ?, ?)", run + "-10", run + "-500", run + "-999"))
                .isEqualTo("0");

        Map<String, Object> again = Api.json(erp.post("/invoices/bulk", "[" + String.join(",", items) + "]"));
        assertThat(again).containsEntry("stored", 997L);
        assertThat(Api.list(again.get("items"))).filteredOn(item -> "UNCHANGED".equals(item.get("outcome"))).hasSize(997);
        assertThat(erp.post("/invoices/bulk", "[" + String.join(",", IntStream.range(0, 1001).mapToObj(i -> items.get(0)).toList()) + "]")
                .statusCode()).as("over 1,000").isEqualTo(400);
    }

    @Test
    void aBulkOfPaymentsStoresThoseThatFitTheBalanceAndRefusesTheRest() {
        Api erp = Api.newKey("WRITE", 600);
        String property = newProperty(erp);
        String invoice = "PAID-" + UUID.randomUUID();
        assertThat(erp.put("/invoices/" + invoice, invoiceJson("P" + System.nanoTime(), property, "1", "100.00")).statusCode()).isEqualTo(201);
        String payment = """
                {"externalId": "%s", "invoice": "%s", "amount": %s, "method": "CHECK", "reference": "%s", "receivedAt": "2026-11-05T10:00:00Z"}""";
        String bulk = "[" + String.join(",", payment.formatted(invoice + "-1", invoice, "60.00", "1001"),
                payment.formatted(invoice + "-2", invoice, "40.01", "1002"), payment.formatted(invoice + "-3", "INV-NOWHERE", "1.00", "1003"),
                payment.formatted(invoice + "-4", invoice, "40.00", "1004")) + "]";
        Map<String, Object> answer = Api.json(erp.post("/payments/bulk", bulk));
        assertThat(Api.list(answer.get("items"))).extracting(item -> item.get("status") + " " + item.getOrDefault("refusal", ""))
                .containsExactly("201 ", "422 RULE", "422 UNKNOWN_REFERENCE", "201 ");
        assertThat(Database.queryString("SELECT balance || ' ' || status FROM invoice WHERE external_id = ?", invoice)).isEqualTo("0.00 PAID");
        assertThat(Api.json(erp.post("/payments/bulk", bulk))).as("sent again").containsEntry("stored", 2L);
        assertThat(Database.queryString("SELECT COUNT(*) FROM payment WHERE external_id LIKE ?", invoice + "-%")).isEqualTo("2");
    }

    @Test
    void changingASignedProposalIsRefusedAndItStaysAsSigned() {
        Api erp = Api.newKey("WRITE", 600);
        Properties customer = Portal.newProposals();
        String tag = UUID.randomUUID().toString();
        Database.update("UPDATE proposal SET external_id = ? WHERE id = ?", "PRO-" + tag, Long.valueOf(customer.getProperty("acceptedAtA")));
        Database.update("UPDATE property SET external_id = ? WHERE id = (SELECT property_id FROM proposal WHERE id = ?)", "PROP-" + tag,
                Long.valueOf(customer.getProperty("acceptedAtA")));
        HttpResponse<String> changed = erp.put("/proposals/PRO-" + tag, """
                {"number": "%s", "opportunityName": "Mulching", "property": "PROP-%s",
                 "lines": [{"description": "Mulch", "quantity": 1, "unitPrice": 60.00}]}""".formatted(customer.getProperty("acceptedAtANumber"), tag));
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(Api.json(changed).get("detail").toString()).contains("accepted by the customer", "cannot be changed");
        assertThat(Database.queryString("SELECT price || ' ' || customer_status FROM proposal WHERE id = ?",
                Long.valueOf(customer.getProperty("acceptedAtA")))).isEqualTo("80.00 ACCEPTED");

        String pending = customer.getProperty("laterAtB");
        Database.update("UPDATE proposal SET external_id = ? WHERE id = ?", "PRO-L-" + tag, Long.valueOf(pending));
        Database.update("UPDATE property SET external_id = ? WHERE id = (SELECT property_id FROM proposal WHERE id = ?)", "PROP-B-" + tag,
                Long.valueOf(pending));
        String before = Database.queryString("SELECT version FROM proposal WHERE id = ?", Long.valueOf(pending));
        assertThat(Api.json(erp.put("/proposals/PRO-L-" + tag, """
                {"number": "%s", "opportunityName": "Tree planting", "property": "PROP-B-%s",
                 "lines": [{"description": "Plant three oaks", "quantity": 1, "unitPrice": 250.00}]}"""
                .formatted(customer.getProperty("laterAtBNumber"), tag)))).containsEntry("outcome", "UPDATED");
        assertThat(Database.queryString("SELECT price || ' ' || (version > ?) FROM proposal WHERE id = ?", Long.valueOf(before), Long.valueOf(pending)))
                .as("same price, new lines: a page opened before may no longer sign").isEqualTo("250.00 true");

        HttpResponse<String> signatures = erp.get("/proposal-signatures?since=" + Instant.now().minus(1, ChronoUnit.HOURS) + "&limit=1000");
        assertThat(Api.list(Api.json(signatures).get("items"))).filteredOn(item -> ("PRO-" + tag).equals(item.get("proposal")))
                .singleElement().satisfies(signature -> {
                    assertThat(signature.get("signedPdf")).isEqualTo("proposals/" + customer.getProperty("acceptedAtA") + "/signed.pdf");
                    assertThat(signature).containsKeys("signerName", "signedAt", "ipAddress", "documentSha256", "chosenOptions");
                });
    }

    @Test
    void pullsPageThroughWithCursorsAndFilesComeWithTheKey() {
        Api reader = Api.newKey("READ", 600);
        Properties customer = Portal.newRequests();
        String invoice = Database.queryString("SELECT MIN(i.id) FROM invoice i JOIN property p ON p.id = i.property_id "
                + "WHERE p.customer_account_id = ?", Long.valueOf(customer.getProperty("accountId")));
        if (invoice == null) {
            invoice = Database.queryString("SELECT MIN(id) FROM invoice");
        }
        Instant since = Instant.parse("2099-01-01T00:00:00Z").plus((long) (Math.random() * 100_000), ChronoUnit.DAYS);
        for (int i = 0; i < 5; i++) {
            Database.update("INSERT INTO payment (id, invoice_id, method_type, method_brand, method_last_four, principal, convenience_fee, status, "
                    + "idempotency_key, created_at, source, changed_at) VALUES (nextval('portal_id_seq'), ?, 'CARD', 'Visa', '4242', 1.00, 0, 'FAILED', ?, "
                    + "now(), 'PORTAL', ?)", Long.valueOf(invoice), "it-feed-" + UUID.randomUUID(), java.sql.Timestamp.from(since.plusSeconds(i)));
        }
        List<Object> seen = new ArrayList<>();
        String page = "/payments?since=" + since + "&limit=2";
        int pages = 0;
        while (page != null) {
            Map<String, Object> answer = Api.json(reader.get(page));
            Api.list(answer.get("items")).forEach(item -> seen.add(item.get("changedAt")));
            page = answer.get("next") == null ? null : "/payments?cursor=" + answer.get("next") + "&limit=2";
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(seen.stream().map(Object::toString).toList())).first().isEqualTo(since.toString());

        Map<String, Object> requests = Api.json(reader.get("/requests?since=" + Instant.now().minus(1, ChronoUnit.HOURS) + "&limit=1000"));
        assertThat(Api.list(requests.get("items"))).extracting(item -> item.get("id").toString())
                .contains(customer.getProperty("openRequest"), customer.getProperty("closedRequest"));
        Properties filed = RequestsIT.create(ProposalsIT.signedIn(customer), customer, "Leaking tap", Map.of("tap.txt", "drip".getBytes()));
        Map<String, Object> changed = Api.json(reader.get("/requests?since=" + Instant.now().minus(1, ChronoUnit.MINUTES) + "&limit=1000"));
        Map<String, Object> leaking = Api.list(changed.get("items")).stream().filter(item -> filed.getProperty("id").equals(item.get("id").toString()))
                .findFirst().orElseThrow();
        assertThat(leaking).containsEntry("subject", "Leaking tap").containsEntry("status", "OPEN");
        String link = Api.list(leaking.get("attachments")).get(0).get("link").toString();
        HttpResponse<byte[]> download = reader.getBytes("/" + link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body())).isEqualTo("drip");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("tap.txt"));
        assertThat(new Api(null).getBytes("/" + link).statusCode()).as("no key, no file").isEqualTo(401);
        assertThat(reader.get("/payments?cursor=not-a-cursor").statusCode()).isEqualTo(400);

        String insertRun = "INSERT INTO reconciliation_run (id, started_at, ended_at, status) VALUES (nextval('portal_id_seq'), ?, ?, ?)";
        Database.update(insertRun, java.sql.Timestamp.from(since), null, "RUNNING");
        Database.update(insertRun, java.sql.Timestamp.from(since), java.sql.Timestamp.from(since.plusSeconds(60)), "COMPLETED");
        assertThat(Api.list(Api.json(reader.get("/reconciliation-runs?since=" + since)).get("items")))
                .as("a run still running is not passed by the cursor: it comes once it has ended").extracting(run -> run.get("status"))
                .containsExactly("COMPLETED");
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointWithItsSchemas() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:8080/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        Map<String, Object> openApi = Api.json(document);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) openApi.get("paths");
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openApi.get("components")).get("schemas");

        Set<String> documented = new TreeSet<>();
        // the context root is in the paths on WildFly, in the server's URL on Payara
        paths.forEach((path, operations) -> operations.keySet().forEach(method ->
                documented.add(method.toUpperCase() + " " + path.replaceFirst("^/portal/", "/"))));
        assertThat(documented).isEqualTo(endpointsInTheCode());
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation).as(method + " " + path).containsKeys("summary", "responses");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("401", "429");
            if (operation.containsKey("requestBody")) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Map<String, String>>> content =
                        (Map<String, Map<String, Map<String, String>>>) ((Map<String, Object>) operation.get("requestBody")).get("content");
                String ref = content.get("application/json").get("schema").get("$ref");
                assertThat(ref).as(method + " " + path + " names its document").startsWith("#/components/schemas/");
                assertThat(schemas).containsKey(ref.substring("#/components/schemas/".length()));
                assertThat(responses).containsKeys("400", "403", "422");
            }
        }));
        assertThat(Api.toJson(schemas.get("InvoiceDocument"))).contains("\"required\"", "invoiceDate", "\"example\"");
    }

    /** Every resource method of the web module's API package, as "PUT /api/v1/invoices/{externalId}". */
    private static Set<String> endpointsInTheCode() {
        Set<String> endpoints = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().importPackages("com.fieldportal.web.api")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            String root = "/api/v1/" + type.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : type.getMethods()) {
                String verb = method.isAnnotatedWith(GET.class) ? "GET" : method.isAnnotatedWith(PUT.class) ? "PUT"
                        : method.isAnnotatedWith(POST.class) ? "POST" : null;
                if (verb != null) {
                    String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
                    endpoints.add(verb + " " + (root + "/" + sub).replaceAll("/+", "/").replaceAll("/$", ""));
                }
            }
        }
        return endpoints;
    }

    private static String newProperty(Api erp) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        assertThat(erp.put("/accounts/ACC-" + tag, accountJson("ACC-" + tag)).statusCode()).isEqualTo(201);
        assertThat(erp.put("/properties/PROP-" + tag, """
                {"account": "ACC-%1$s", "name": "Building %1$s"}""".formatted(tag)).statusCode()).isEqualTo(201);
        return "PROP-" + tag;
    }

    private static String accountJson(String externalId) {
        return """
                {"accountNumber": "%s", "name": "Oak Park Condos", "billingAddress": {"street": "1 Oak St", "city": "Springfield", "region": "IL"}}"""
                .formatted("A-" + externalId);
    }

    private static String invoiceJson(String number, String property, String quantity, String unitPrice) {
        return """
                {"number": "%s", "property": "%s", "serviceContact": null, "invoiceDate": "2026-11-01", "dueDate": "2026-12-01",
                 "lines": [{"description": "Mowing", "quantity": %s, "unitPrice": %s}], "jobs": [{"name": "Fall cleanup"}]}"""
                .formatted(number, property, quantity, unitPrice);
    }
}
