package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Proposals as a customer and the contractor's staff meet them, over HTTP as a browser posts the pages: the list and
 * its orders, Select &amp; Sign with and without optional services, what the server refuses (a second signature, a
 * stale page, an empty pad, another customer's proposal), the PDFs read back, declining, and the staff's side.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalsIT {

    static final String STROKES = "{\"lines\":[[[12,40],[60,18],[110,52],[170,20],[230,48]]]}";
    private static final Pattern ROW = Pattern.compile("proposal\\.xhtml\\?id=\\d+\">(P-[A-Za-z]+-[0-9a-f]+) ·");
    private static final Pattern SHOWN = Pattern.compile("proposal\\.pdf\\?shown=([A-Za-z0-9_-]+)\"");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void theListShowsAllNewestStartFirstOrPendingOrAcceptedSoonestFirst() {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer);
        assertThat(numbers(web, "")).containsExactly(customer.getProperty("laterAtBNumber"), customer.getProperty("acceptedAtBNumber"),
                customer.getProperty("acceptedAtANumber"), customer.getProperty("toSignNumber"), customer.getProperty("declinedNumber"));
        assertThat(numbers(web, "?show=PENDING")).containsExactly(customer.getProperty("toSignNumber"), customer.getProperty("laterAtBNumber"));
        assertThat(numbers(web, "?show=ACCEPTED")).containsExactly(customer.getProperty("acceptedAtANumber"), customer.getProperty("acceptedAtBNumber"));
        assertThat(numbers(web, "?show=nonsense")).as("an unknown choice is All").hasSize(5);
        String all = web.get("/proposals.xhtml").body();
        assertThat(all).doesNotContain(customer.getProperty("atCNumber")).contains(">Rejected<", ">Accepted<", ">Pending<", "$250.00");
    }

    @Test
    void signingWithTwoOptionalServicesAddsThemToThePriceAndTellsTheSalesRep() throws Exception {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer, "198.51.100.23");
        String id = customer.getProperty("toSign");
        HttpResponse<String> page = web.get("/proposal-document.xhtml?id=" + id);
        byte[] shown = web.getBytes("/proposal.pdf?shown=" + shownToken(page)).body();

        HttpResponse<String> answer = sign(web, page, List.of(customer.getProperty("edging"), customer.getProperty("hauling")), STROKES,
                drawnSignature(), "Casey Customer");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(proposalRow(id)).isEqualTo("ACCEPTED DELIVERED 200.00");
        assertThat(Database.queryString("SELECT signer_name || '|' || signer_email || '|' || ip_address || '|' || chosen_optional_lines"
                + " || '|' || document_sha256 FROM proposal_signature WHERE proposal_id = ?", Long.valueOf(id)))
                .isEqualTo("Casey Customer|" + customer.getProperty("email") + "|198.51.100.23|Edging\nHauling|" + sha256(shown));
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE action = 'PROPOSAL_SIGNED' AND target_id = ?", Long.valueOf(id)))
                .isEqualTo("1");
        assertThat(web.get("/proposal.xhtml?id=" + id).body()).contains(">Accepted<", "$200.00", "Casey Customer");

        String mail = Mailbox.text(Mailbox.await(MAIL, customer.getProperty("repEmail"),
                "Proposal " + customer.getProperty("toSignNumber") + " was signed"));
        assertThat(mail).contains("Casey Customer", "Edging: $40.00", "Hauling: $60.00", "Original proposal: $100.00", "$200.00",
                "/staff/proposal.xhtml?id=" + id);
    }

    @Test
    void signingWithNoOptionalServiceKeepsTheOriginalPrice() throws Exception {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer);
        String id = customer.getProperty("toSign");
        sign(web, web.get("/proposal-document.xhtml?id=" + id), List.of(), STROKES, drawnSignature(), "Casey Customer");
        assertThat(proposalRow(id)).isEqualTo("ACCEPTED DELIVERED 100.00");
        assertThat(Mailbox.text(Mailbox.await(MAIL, customer.getProperty("repEmail"),
                "Proposal " + customer.getProperty("toSignNumber") + " was signed"))).contains("Optional services added: none", "$100.00");
    }

    @Test
    void aProposalIsSignedOnceWhateverIsSentAgainOrAtOnce() throws Exception {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer);
        String id = customer.getProperty("toSign");
        // Two tabs with the proposal open, each pressing Accept & Sign at the same moment.
        HttpResponse<String> page = web.get("/proposal-document.xhtml?id=" + id);
        HttpResponse<String> otherTab = web.get("/proposal-document.xhtml?id=" + id);
        List<CompletableFuture<HttpResponse<String>>> both = List.of(
                CompletableFuture.supplyAsync(() -> sign(web, page, List.of(customer.getProperty("edging")), STROKES, drawnSignature(), "Casey")),
                CompletableFuture.supplyAsync(() -> sign(web, otherTab, List.of(customer.getProperty("hauling")), STROKES, drawnSignature(), "Casey")));
        List<String> problems = both.stream().map(CompletableFuture::join).map(r -> problem(r.body())).toList();
        long refused = problems.stream().filter(p -> p.contains("is already accepted and can no longer change")).count();
        assertThat(refused).as("one of two submits at once: " + problems).isEqualTo(1);
        assertThat(Database.queryString("SELECT COUNT(*) FROM proposal_signature WHERE proposal_id = ?", Long.valueOf(id))).isEqualTo("1");
        assertThat(proposalRow(id)).isIn("ACCEPTED DELIVERED 140.00", "ACCEPTED DELIVERED 160.00");

        HttpResponse<String> again = sign(web, page, List.of(), STROKES, drawnSignature(), "Casey Customer");
        assertThat(again.body()).contains("is already accepted and can no longer change");
        assertThat(web.get("/proposal-document.xhtml?id=" + id).body()).as("no Select & Sign on a signed proposal").doesNotContain("signDialog");
    }

    @Test
    void aPageOpenedBeforeTheProposalChangedCannotSignIt() {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer);
        String id = customer.getProperty("toSign");
        HttpResponse<String> page = web.get("/proposal-document.xhtml?id=" + id);
        Database.update("UPDATE proposal SET version = version + 1 WHERE id = ?", Long.valueOf(id));
        assertThat(sign(web, page, List.of(), STROKES, drawnSignature(), "Casey Customer").body())
                .contains("This proposal changed after you opened it");
        assertThat(proposalRow(id)).isEqualTo("PENDING DELIVERED 100.00");
    }

    @Test
    void anEmptyPadOrNoNameIsRefusedByTheServerItself() {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer);
        String id = customer.getProperty("toSign");
        HttpResponse<String> page = web.get("/proposal-document.xhtml?id=" + id);
        assertThat(sign(web, page, List.of(), "", blankPad(), "Casey Customer").body()).as("nothing drawn")
                .contains("Draw your signature in the box");
        assertThat(sign(web, page, List.of(), STROKES, blankPad(), "Casey Customer").body()).as("strokes claimed, but a blank image")
                .contains("Draw your signature in the box");
        assertThat(sign(web, page, List.of(), STROKES, "not an image".getBytes(), "Casey Customer").body())
                .contains("Draw your signature in the box");
        assertThat(sign(web, page, List.of(), STROKES, drawnSignature(), "  ").body()).contains("Type your name under the signature");
        assertThat(sign(web, page, List.of(), STROKES, drawnSignature(), "Casey\nIP address: 10.0.0.1").body()).as("a name faking audit lines")
                .contains("Type your name on one line");
        assertThat(sign(web, page, List.of("999999999"), STROKES, drawnSignature(), "Casey").body()).as("an option of no such line")
                .contains("Optional services: Validation Error");
        assertThat(proposalRow(id)).isEqualTo("PENDING DELIVERED 100.00");
        assertThat(Database.queryString("SELECT COUNT(*) FROM proposal_signature WHERE proposal_id = ?", Long.valueOf(id))).isEqualTo("0");
    }

    @Test
    void anotherCustomersProposalOrABadIdIsNotFound() {
        Properties mine = Portal.newProposals();
        Properties theirs = Portal.newProposals();
        WebClient web = signedIn(mine);
        for (String id : new String[] {theirs.getProperty("toSign"), mine.getProperty("atC"), "999999999", "abc", "", "1%20OR%201=1"}) {
            assertThat(web.get("/proposal.xhtml?id=" + id).statusCode()).as("details of " + id).isEqualTo(404);
            assertThat(web.get("/proposal-document.xhtml?id=" + id).statusCode()).as("View Proposal of " + id).isEqualTo(404);
            assertThat(web.getBytes("/proposal.pdf?id=" + id).statusCode()).as("PDF of " + id).isEqualTo(404);
        }
        assertThat(web.getBytes("/proposal.pdf?shown=made-up-token").statusCode()).isEqualTo(404);
        WebClient theirBrowser = signedIn(theirs);
        String token = shownToken(theirBrowser.get("/proposal-document.xhtml?id=" + theirs.getProperty("toSign")));
        assertThat(web.getBytes("/proposal.pdf?shown=" + token).statusCode()).as("a document shown in another session").isEqualTo(404);
        assertThat(web.getBytes("/staff/proposal-signature.png?id=" + mine.getProperty("acceptedAtA")).statusCode())
                .as("the staff's signature image, for a contact").isEqualTo(403);
    }

    @Test
    void thePdfShowsNumberLinesAndTotalsAndOnceSignedTheSignatureAndItsAuditBlock() throws Exception {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer, "203.0.113.9");
        String id = customer.getProperty("toSign");
        HttpResponse<byte[]> pdf = web.getBytes("/proposal.pdf?id=" + id);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(text(pdf.body())).contains("Proposal " + customer.getProperty("toSignNumber"), "Front lawn renovation", "Pending",
                "Sod the front lawn", "Optional services", "Edging", "Hauling", "Total estimated cost", "$100.00", "How to accept");

        HttpResponse<String> page = web.get("/proposal-document.xhtml?id=" + id);
        byte[] shown = web.getBytes("/proposal.pdf?shown=" + shownToken(page)).body();
        sign(web, page, List.of(customer.getProperty("hauling")), STROKES, drawnSignature(), "Casey Customer");
        HttpResponse<byte[]> signed = web.getBytes("/proposal.pdf?id=" + id);
        assertThat(web.getBytes("/proposal.pdf?id=" + id).body()).as("the signed PDF printed once, when signed").isEqualTo(signed.body());
        assertThat(signed.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("Signed-proposal-"));
        assertThat(text(signed.body())).contains("Accepted", "Original proposal", "$100.00", "Optional services chosen", "$60.00", "$160.00",
                "ACCEPTED AND SIGNED", "AUDIT TRAIL", "Signed by: Casey Customer (" + customer.getProperty("email") + ")",
                "IP address: 203.0.113.9", "Optional services chosen: Hauling", sha256(shown));

        WebClient staff = staffSignedIn(customer);
        assertThat(sha256(staff.getBytes("/staff/proposal-as-signed.pdf?id=" + id).body())).as("the document kept is the one shown")
                .isEqualTo(sha256(shown));
        assertThat(text(staff.getBytes("/staff/proposal.pdf?id=" + id).body())).contains("AUDIT TRAIL", sha256(shown));
    }

    @Test
    void declineWithAReasonTellsTheSalesRep() throws Exception {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer);
        String id = customer.getProperty("laterAtB");
        web.submit("/proposal.xhtml?id=" + id, "declineForm", Map.of("declineForm:reason", "We chose to wait <until spring>",
                "declineForm:confirmDecline", ""));
        assertThat(proposalRow(id)).isEqualTo("REJECTED LOST 250.00");
        String details = web.get("/proposal.xhtml?id=" + id).body();
        assertThat(details).contains(">Rejected<", "We chose to wait &lt;until spring&gt;").doesNotContain("declineDialog");
        assertThat(Mailbox.text(Mailbox.await(MAIL, customer.getProperty("repEmail"),
                "Proposal " + customer.getProperty("laterAtBNumber") + " was declined"))).contains("We chose to wait <until spring>");
    }

    @Test
    void theDetailsShowServicesOptionsAndWhatTheProposalIsAssociatedWith() {
        Properties customer = Portal.newProposals();
        WebClient web = signedIn(customer);
        String details = web.get("/proposal.xhtml?id=" + customer.getProperty("toSign")).body();
        assertThat(details).contains("Front lawn renovation", "Sod the front lawn", "Edging", "Hauling", "Total of the original proposal",
                "$100.00", customer.getProperty("billedInvoice"), customer.getProperty("askedRequest"), customer.getProperty("repEmail"),
                "View Proposal");
    }

    @Test
    void staffSeeSignedProposalsWithTheirSignatureAndWinOrLoseThem() {
        Properties customer = Portal.newProposals();
        WebClient staff = staffSignedIn(customer);
        String signed = customer.getProperty("acceptedAtA");
        String toWin = staff.submit("/staff/proposals.xhtml?show=TO_WIN", "proposals", Map.of("proposals:show", "TO_WIN",
                "proposals:text", customer.getProperty("acceptedAtANumber"), "proposals:filter", "")).body();
        assertThat(toWin).contains(customer.getProperty("acceptedAtANumber"), "signature-icon", "/staff/proposal-signature.png?id=" + signed);
        HttpResponse<byte[]> image = staff.getBytes("/staff/proposal-signature.png?id=" + signed);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        String page = staff.get("/staff/proposal.xhtml?id=" + signed).body();
        assertThat(page).contains("Signature and audit trail", "127.0.0.1", "Delivered");
        staff.submit("/staff/proposal.xhtml?id=" + signed, "proposalActions", Map.of("proposalActions:win", ""));
        assertThat(proposalRow(signed)).startsWith("ACCEPTED WON");

        String pending = customer.getProperty("laterAtB");
        HttpResponse<String> openedBeforeTheCustomerSigned = staff.get("/staff/proposal.xhtml?id=" + pending);
        Database.update("UPDATE proposal SET version = version + 1 WHERE id = ?", Long.valueOf(pending));
        assertThat(staff.post("/staff/proposal.xhtml?id=" + pending, WebClient.formOf(openedBeforeTheCustomerSigned, "proposalActions",
                List.of(Map.entry("proposalActions:lose", "")))).body()).contains("changed since this page was opened");
        assertThat(proposalRow(pending)).as("not lost unseen").startsWith("PENDING DELIVERED");
        staff.submit("/staff/proposal.xhtml?id=" + pending, "proposalActions", Map.of("proposalActions:lose", ""));
        assertThat(proposalRow(pending)).startsWith("REJECTED LOST");
        assertThat(signedIn(customer).get("/proposal.xhtml?id=" + pending).body()).contains(">Rejected<");
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE action IN ('PROPOSAL_WON', 'PROPOSAL_LOST') AND actor_name = ?",
                customer.getProperty("repEmail"))).isEqualTo("2");
    }

    @Test
    void aCustomerTicksAnOptionDrawsASignatureWithThePointerAndSeesTheProposalAccepted() {
        Properties customer = Portal.newProposals();
        String id = customer.getProperty("toSign");
        try (Browser browser = new Browser()) {
            browser.signIn(customer.getProperty("email"), customer.getProperty("password"));
            browser.open("/proposals.xhtml?show=PENDING");
            browser.click(customer.getProperty("toSignNumber") + " · Front lawn renovation");
            assertThat(browser.text("proposalStatus")).isEqualTo("Pending");
            browser.assertAccessible();
            browser.click("View Proposal");
            browser.clickAjax("Select & Sign");
            browser.waitForVisible(By.id("sign:pad"));
            assertThat(browser.isEnabled("sign:accept")).as("nothing drawn yet").isFalse();
            assertThat(browser.text("sign:total")).isEqualTo("$100.00");

            browser.tick("Edging (+$40.00)");
            browser.waitForText(By.id("sign:total"), "$140.00");
            browser.draw("sign:pad");
            assertThat(browser.isEnabled("sign:accept")).as("a mark on the pad").isTrue();
            browser.clickAjax("Clear");
            assertThat(browser.isEnabled("sign:accept")).as("cleared again").isFalse();
            browser.draw("sign:pad");
            browser.field("Your name").sendKeys("Casey Customer");
            browser.assertAccessible();
            browser.clickAjax(By.id("sign:accept"));
            browser.waitForVisible(By.id("signedMessage"));
            assertThat(browser.text("signedMessage")).contains(customer.getProperty("toSignNumber"), "accepted");
            browser.click("Back to Home");
            assertThat(browser.path()).isEqualTo("/portal/");
            browser.open("/proposal.xhtml?id=" + id);
            assertThat(browser.text("proposalStatus")).isEqualTo("Accepted");
            assertThat(browser.text("proposalPrice")).isEqualTo("$140.00");
        }
        assertThat(proposalRow(id)).isEqualTo("ACCEPTED DELIVERED 140.00");
    }

    static WebClient signedIn(Properties customer) {
        return signedIn(customer, null);
    }

    static WebClient signedIn(Properties customer, String address) {
        WebClient web = new WebClient(address);
        web.signIn(customer.getProperty("email"), customer.getProperty("password"));
        return web;
    }

    private static WebClient staffSignedIn(Properties customer) {
        WebClient staff = new WebClient();
        staff.signIn(customer.getProperty("repEmail"), customer.getProperty("repPassword"));
        return staff;
    }

    /** Posts Select & Sign of a View Proposal page already loaded, as the browser does with what was ticked, drawn and typed. */
    static HttpResponse<String> sign(WebClient web, HttpResponse<String> page, List<String> options, String strokes, byte[] png, String name) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        options.forEach(option -> fields.add(Map.entry("sign:options", option)));
        fields.add(Map.entry("sign:pad_value", strokes));
        fields.add(Map.entry("sign:pad_base64", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)));
        fields.add(Map.entry("sign:signerName", name));
        fields.add(Map.entry("sign:accept", ""));
        return web.post(page.uri().getPath().substring("/portal".length()) + "?" + page.uri().getQuery(), WebClient.formOf(page, "sign", fields));
    }

    /** The message Select & Sign shows, if any. */
    private static String problem(String page) {
        Matcher problem = Pattern.compile("<div class=\"message message-error\">([^<]*)</div>").matcher(page);
        return problem.find() ? problem.group(1) : "";
    }

    static String shownToken(HttpResponse<String> page) {
        Matcher token = SHOWN.matcher(page.body());
        assertThat(token.find()).as("the page shows a document").isTrue();
        return token.group(1);
    }

    private static List<String> numbers(WebClient web, String query) {
        Matcher row = ROW.matcher(web.get("/proposals.xhtml" + query).body());
        List<String> numbers = new ArrayList<>();
        while (row.find()) {
            numbers.add(row.group(1));
        }
        return numbers;
    }

    /** customer status, contractor status and price */
    static String proposalRow(String id) {
        return Database.queryString("SELECT customer_status || ' ' || contractor_status || ' ' || price FROM proposal WHERE id = ?", Long.valueOf(id));
    }

    static byte[] drawnSignature() {
        return png(true);
    }

    private static byte[] blankPad() {
        return png(false);
    }

    /** A 300×100 pad as the signature component sends it: white, with a stroke when something was drawn. */
    private static byte[] png(boolean stroke) {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        if (stroke) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2));
            g.drawPolyline(new int[] {12, 60, 110, 170, 230}, new int[] {40, 18, 52, 20, 48}, 5);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
