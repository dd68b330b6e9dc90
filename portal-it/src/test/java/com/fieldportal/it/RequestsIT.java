package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Service requests with their files: filed, viewed, commented on and answered, over HTTP and in Chromium. Files reach
 * the services the way the pages hand them over (a probe servlet takes multipart posts); they are fetched back through
 * the portal's own download endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

    private static final byte[] WINDOWS_PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void aRequestIsFiledWithNoneOneOrFiveFilesAndItsPropertysStaffAreTold() throws Exception {
        Properties customer = Portal.newRequests();
        WebClient web = ProposalsIT.signedIn(customer);
        assertThat(create(web, customer, "No files", Map.of()).getProperty("number")).startsWith("R-");

        Properties one = create(web, customer, "Broken gate <script>alert(1)</script>", Map.of("gate.jpg", png(Color.RED)));
        String id = one.getProperty("id");
        assertThat(Database.queryString("SELECT COUNT(*) || ' ' || MIN(content_type) FROM attachment WHERE request_id = ?", Long.valueOf(id)))
                .as("told from the bytes, not the name or the browser").isEqualTo("1 image/png");
        String page = web.get("/request.xhtml?id=" + id).body();
        assertThat(page).contains("Broken gate &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("thumbnail=true", customer.getProperty("propertyA"));

        Map<String, byte[]> five = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            five.put("file-" + i + ".txt", ("note " + i).getBytes(StandardCharsets.UTF_8));
        }
        Properties withFive = create(web, customer, "Five files", five);
        assertThat(Database.queryString("SELECT COUNT(*) FROM attachment WHERE request_id = ?", Long.valueOf(withFive.getProperty("id"))))
                .isEqualTo("5");

        for (String to : new String[] {customer.getProperty("ownerEmail"), customer.getProperty("operationsEmail")}) {
            String mail = Mailbox.text(Mailbox.await(MAIL, to, "New request " + one.getProperty("number")));
            assertThat(mail).contains(one.getProperty("number"), customer.getProperty("propertyA"), "Broken gate <script>alert(1)</script>",
                    "Normal", "The description of Broken gate", "/staff/request.xhtml?id=" + id);
        }
    }

    @Test
    void aFileComesBackAsItWentInToItsOwnAccountOnly() throws Exception {
        Properties customer = Portal.newRequests();
        WebClient web = ProposalsIT.signedIn(customer);
        byte[] large = new byte[3 * 256 * 1024 + 17];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        large[0] = '%';
        large[1] = 'P';
        large[2] = 'D';
        large[3] = 'F';
        large[4] = '-';
        String id = create(web, customer, "A quote", Map.of("quote.pdf", large)).getProperty("id");
        String file = Database.queryString("SELECT id FROM attachment WHERE request_id = ?", Long.valueOf(id));
        HttpResponse<byte[]> download = web.getBytes("/attachment?id=" + file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).as("four parts put back together").isEqualTo(large);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename*=UTF-8''quote.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(Database.queryString("SELECT COUNT(*) FROM attachment_part WHERE attachment_id = ?", Long.valueOf(file))).isEqualTo("4");

        Properties other = Portal.newRequests();
        WebClient stranger = ProposalsIT.signedIn(other);
        assertThat(stranger.getBytes("/attachment?id=" + file).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/request.xhtml?id=" + id).statusCode()).isEqualTo(404);
        assertThat(comment(stranger, id, "Let me in", Map.of()).statusCode()).isEqualTo(404);
        assertThat(web.getBytes("/attachment?id=abc").statusCode()).isEqualTo(404);
    }

    @Test
    void aSixthFileAnOversizeOneAnEmptyOneOrAProgramNamedJpgIsRefusedAndNothingIsSaved() throws Exception {
        Properties customer = Portal.newRequests();
        WebClient web = ProposalsIT.signedIn(customer);
        Map<String, byte[]> six = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            six.put("f" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refused(web, customer, six)).contains("At most 5 files");
        assertThat(refused(web, customer, Map.of("huge.pdf", new byte[10 * 1024 * 1024 + 1]))).contains("huge.pdf is larger than 10 MB");
        assertThat(refused(web, customer, Map.of("empty.txt", new byte[0]))).contains("empty.txt is empty");
        assertThat(refused(web, customer, Map.of("holiday.jpg", WINDOWS_PROGRAM))).contains("holiday.jpg is a program or a script");
        assertThat(refused(web, customer, Map.of("ok.txt", "fine".getBytes(StandardCharsets.UTF_8), "setup.exe", "x".getBytes(StandardCharsets.UTF_8))))
                .as("one bad file, none kept").contains("setup.exe");
        assertThat(Database.queryString("SELECT COUNT(*) FROM service_request r JOIN property p ON p.id = r.property_id WHERE p.name = ?"
                + " AND r.subject = 'Refused'", customer.getProperty("propertyA"))).isEqualTo("0");
    }

    @Test
    void missingFieldsOrAnotherAccountsPropertyAreRefused() {
        Properties customer = Portal.newRequests();
        WebClient web = ProposalsIT.signedIn(customer);
        assertThat(post(web, customer.getProperty("propertyAId"), " ", "Something", Map.of()).body()).contains("Enter a subject");
        assertThat(post(web, customer.getProperty("propertyAId"), "Subject", "", Map.of()).body()).contains("Enter what the request is about");
        assertThat(post(web, customer.getProperty("propertyCId"), "Subject", "Text", Map.of()).body()).as("a property not linked to the contact")
                .contains("Choose one of your properties");
        assertThat(post(web, customer.getProperty("propertyAId"), "x".repeat(201), "Text", Map.of()).body()).contains("at most 200 characters");
    }

    @Test
    void aDoubleSubmitOfAddNewRequestFilesOneRequest() {
        Properties customer = Portal.newRequests();
        WebClient web = ProposalsIT.signedIn(customer);
        HttpResponse<String> page = web.get("/request-new.xhtml");
        var form = WebClient.formOf(page, "request", List.of(Map.entry("request:property_input", customer.getProperty("propertyAId")),
                Map.entry("request:subject", "Clicked twice"), Map.entry("request:priority_input", "HIGH"),
                Map.entry("request:description", "Impatient."), Map.entry("request:submit", "")));
        var both = Stream.of(1, 2).map(i -> CompletableFuture.supplyAsync(() -> web.post("/request-new.xhtml", form))).toList();
        both.forEach(answer -> assertThat(answer.join().statusCode()).isIn(200, 302));
        assertThat(Database.queryString("SELECT COUNT(*) || ' ' || MIN(priority) FROM service_request r JOIN property p ON p.id = r.property_id"
                + " WHERE p.name = ? AND r.subject = 'Clicked twice'", customer.getProperty("propertyA"))).isEqualTo("1 HIGH");
    }

    @Test
    void commentsGoOnOpenRequestsOnlyAndStaffAnswerCloseReopenAndLink() throws Exception {
        Properties customer = Portal.newRequests();
        WebClient web = ProposalsIT.signedIn(customer);
        String open = customer.getProperty("openRequest");
        assertThat(comment(web, open, "Still dripping", Map.of("drip.png", png(Color.BLUE))).statusCode()).isEqualTo(200);
        assertThat(Mailbox.text(Mailbox.await(MAIL, customer.getProperty("operationsEmail"), "New comment on request"))).contains("Still dripping");
        assertThat(web.get("/request.xhtml?id=" + open).body()).contains("Still dripping", "thumbnail=true");
        HttpResponse<String> closed = comment(web, customer.getProperty("closedRequest"), "Hello?", Map.of());
        assertThat(closed.statusCode()).isEqualTo(422);
        assertThat(closed.body()).contains("is closed");

        WebClient staff = new WebClient();
        staff.signIn(customer.getProperty("ownerEmail"), customer.getProperty("staffPassword"));
        String path = "/staff/request.xhtml?id=" + open;
        staff.submit(path, "reply", Map.of("reply:text", "A crew comes Thursday.", "reply:send", ""));
        assertThat(Mailbox.text(Mailbox.await(MAIL, customer.getProperty("email"), "New comment on request"))).contains("A crew comes Thursday.");
        String othersProposal = Portal.newRequests().getProperty("proposalNumber");
        assertThat(staff.submit(path, "requestActions", Map.of("requestActions:proposalNumber", othersProposal, "requestActions:link", ""))
                .body()).as("another customer's proposal").contains("No proposal " + othersProposal);
        staff.submit(path, "requestActions", Map.of("requestActions:proposalNumber", customer.getProperty("proposalNumber"),
                "requestActions:link", ""));
        staff.submit(path, "requestActions", Map.of("requestActions:close", ""));
        assertThat(Database.queryString("SELECT status || ' ' || (completed_at IS NOT NULL) FROM service_request WHERE id = ?", Long.valueOf(open)))
                .isEqualTo("CLOSED true");
        assertThat(comment(web, open, "One more thing", Map.of()).statusCode()).isEqualTo(422);
        String view = web.get("/request.xhtml?id=" + open).body();
        assertThat(view).contains("A crew comes Thursday.", customer.getProperty("proposalNumber"), "Completed").doesNotContain("addCommentOpen");
        staff.submit(path, "requestActions", Map.of("requestActions:reopen", ""));
        assertThat(comment(web, open, "Thanks", Map.of()).statusCode()).isEqualTo(200);
        assertThat(staff.get("/staff/requests.xhtml").body()).contains(customer.getProperty("propertyA"));
    }

    @Test
    void aCustomerFilesARequestWithTwoFilesAndCommentsOnItInTheBrowser() throws Exception {
        Properties customer = Portal.newRequests();
        Path photo = Files.createTempFile("gate", ".png");
        Files.write(photo, png(Color.GREEN));
        Path note = Files.createTempFile("note", ".txt");
        Files.writeString(note, "Measurements: 1.2 m by 2 m.");
        try (Browser browser = new Browser()) {
            browser.signIn(customer.getProperty("email"), customer.getProperty("password"));
            browser.open("/requests.xhtml");
            browser.click("Add New Request");
            browser.choose("request:property", customer.getProperty("propertyA"));
            browser.field("Subject").sendKeys("Gate will not latch");
            browser.field("Description").sendKeys("The pool gate swings open in the wind.");
            Path program = Files.createTempFile("holiday", ".jpg");
            Files.write(program, WINDOWS_PROGRAM);
            browser.uploadAll("request:files", program);
            browser.waitForText(By.id("messages"), "is a program or a script");
            assertThat(browser.text("request:attached")).as("refused as it arrives").doesNotContain(program.getFileName().toString());
            Path draft = Files.createTempFile("draft", ".txt");
            Files.writeString(draft, "First thoughts.");
            browser.uploadAll("request:files", draft);
            browser.waitForText(By.id("request:attached"), draft.getFileName().toString());
            browser.uploadAll("request:files", photo, note);
            browser.waitForText(By.id("request:attached"), note.getFileName().toString());
            assertThat(browser.text("request:attached")).contains(photo.getFileName().toString())
                    .as("picking again replaces the earlier pick").doesNotContain(draft.getFileName().toString());
            browser.assertAccessible();
            browser.click("Submit");
            assertThat(browser.title()).endsWith("Gate will not latch");
            assertThat(browser.pageText()).contains(note.getFileName().toString());
            browser.open("/requests.xhtml");
            assertThat(browser.pageText()).contains("Gate will not latch");
            browser.click(browser.texts(By.cssSelector("[id='list:requests'] a")).stream().filter(t -> t.endsWith("Gate will not latch"))
                    .findFirst().orElseThrow());
            browser.clickAjax("Add Comment");
            browser.waitForVisible(By.id("comment:text"));
            browser.field("Comment").sendKeys("It is worse after the storm.");
            browser.clickAjax(By.id("comment:save"));
            browser.waitForText(By.id("history"), "It is worse after the storm.");
            browser.assertAccessible();
        }
    }

    static Properties create(WebClient web, Properties customer, String subject, Map<String, byte[]> files) {
        HttpResponse<String> answer = post(web, customer.getProperty("propertyAId"), subject, "The description of " + subject, files);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return parse(answer.body());
    }

    private static String refused(WebClient web, Properties customer, Map<String, byte[]> files) {
        HttpResponse<String> answer = post(web, customer.getProperty("propertyAId"), "Refused", "Should not be kept", files);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        return answer.body();
    }

    private static HttpResponse<String> post(WebClient web, String property, String subject, String description, Map<String, byte[]> files) {
        return web.postMultipart("/test-probe/request/create", Map.of("property", property, "subject", subject, "priority", "Medium",
                "description", description), files);
    }

    private static HttpResponse<String> comment(WebClient web, String request, String text, Map<String, byte[]> files) {
        return web.postMultipart("/test-probe/request/comment?request=" + request, Map.of("text", text), files);
    }

    private static Properties parse(String body) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
