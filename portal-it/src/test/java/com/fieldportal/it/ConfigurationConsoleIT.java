package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Application Configuration in the staff console: who may use it, what it changes for customers, and what it refuses. */
@ExtendWith(ArquillianExtension.class)
class ConfigurationConsoleIT {

    private static final String PAGE = "/staff/admin/configuration.xhtml";
    private static final Path REAL_IMAGE = Path.of("../portal-ejb/src/main/resources/demo/logo.png");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @AfterEach
    void switchEverythingBackOn() {
        Database.update("UPDATE portal_configuration SET show_requests = TRUE, show_proposals = TRUE, show_invoices = TRUE, electronic_payments = TRUE");
    }

    @Test
    void staffWithoutAdminCanNeitherOpenTheConfigurationNorCallItsService() {
        Properties plain = Portal.newStaff(false);
        WebClient staff = new WebClient();
        staff.signIn(plain.getProperty("email"), plain.getProperty("password"));
        assertThat(staff.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(staff.get("/test-probe/configuration").body()).as("the EJB itself").isEqualTo("refused");

        Properties customer = Portal.newCustomer(false);
        WebClient contact = new WebClient();
        contact.signIn(customer.getProperty("email"), customer.getProperty("password"));
        assertThat(contact.get("/test-probe/configuration").body()).isEqualTo("refused");

        Properties admin = Portal.newStaff(true);
        WebClient adminClient = new WebClient();
        adminClient.signIn(admin.getProperty("email"), admin.getProperty("password"));
        assertThat(adminClient.get("/test-probe/configuration").body()).isEqualTo("allowed");
        assertThat(adminClient.get(PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminSwitchesProposalsOffAndTheCustomersMenuLosesThemAtOnce() {
        Properties admin = Portal.newStaff(true);
        WebClient customer = signedInCustomer();
        assertThat(customer.get("/").body()).contains(">Proposals</a>");
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open(PAGE);
            browser.toggle("configuration:showProposals");
            browser.clickAjax("Save the configuration");
            assertThat(browser.text("messages")).contains("The configuration is saved");
        }
        assertThat(customer.get("/").body()).doesNotContain(">Proposals</a>").contains(">Invoices</a>");
        assertThat(customer.get("/proposals.xhtml").statusCode()).isEqualTo(404);
        assertThat(Database.queryString("SELECT details FROM audit_event WHERE actor_name = ? AND action = 'CONFIGURATION_CHANGED'",
                admin.getProperty("email"))).contains("showProposals: true → false");
    }

    @Test
    void aLogoUploadShowsInThePreviewThenInTheCustomersHeaderAndAFakeImageIsRefused() throws Exception {
        Properties admin = Portal.newStaff(true);
        Path real = withComment(REAL_IMAGE, "a-comment-the-upload-carried");
        Path fake = Files.createTempFile("fake", ".png");
        Files.write(fake, "\u0089PNG\r\n\u001a\nthese bytes are no image".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open(PAGE);
            browser.upload("configuration:logo", fake);
            assertThat(browser.text("configuration:logoMessage")).contains("not a readable PNG, JPEG or WebP image");

            browser.upload("configuration:logo", real);
            assertThat(browser.attribute("configuration:previewLogo", "src")).startsWith("data:image/");
            browser.clickAjax("Save the configuration");
            assertThat(browser.text("messages")).contains("The configuration is saved");
        }
        String home = signedInCustomer().get("/").body();
        Matcher logo = Pattern.compile("src=\"(/portal/images/logo\\?v=\\d+)\"").matcher(home);
        assertThat(logo.find()).as("the header shows the logo").isTrue();
        HttpResponse<byte[]> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + logo.group(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).isIn("image/png", "image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(decoded).as("a real image").isNotNull();
        assertThat(new String(image.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).as("written anew: what else the file carried is gone")
                .doesNotContain("a-comment-the-upload-carried");
    }

    /** The PNG with a text chunk (tEXt) added before its end: a stand-in for whatever else an upload may carry. */
    private static Path withComment(Path png, String comment) throws Exception {
        byte[] bytes = Files.readAllBytes(png);
        byte[] text = ("Comment\0" + comment).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(chunk);
        out.writeInt(text.length);
        byte[] typeAndData = new byte[4 + text.length];
        System.arraycopy("tEXt".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(text, 0, typeAndData, 4, text.length);
        out.write(typeAndData);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        out.writeInt((int) crc.getValue());
        int iend = bytes.length - 12;
        byte[] result = new byte[bytes.length + chunk.size()];
        System.arraycopy(bytes, 0, result, 0, iend);
        System.arraycopy(chunk.toByteArray(), 0, result, iend, chunk.size());
        System.arraycopy(bytes, iend, result, iend + chunk.size(), 12);
        Path file = Files.createTempFile("logo", ".png");
        Files.write(file, result);
        return file;
    }

    @Test
    void whenTwoAdminsSaveAtOnceTheSecondIsToldAndTheFirstKeepsItsChange() {
        Properties first = Portal.newStaff(true);
        Properties second = Portal.newStaff(true);
        try (Browser one = new Browser(); Browser two = new Browser()) {
            one.signIn(first.getProperty("email"), first.getProperty("password"));
            two.signIn(second.getProperty("email"), second.getProperty("password"));
            one.open(PAGE);
            two.open(PAGE);
            String title = Database.queryString("SELECT title FROM portal_configuration");
            one.type("configuration:supportName", "First admin's support desk");
            one.clickAjax("Save the configuration");
            assertThat(one.text("messages")).contains("The configuration is saved");

            two.type("configuration:supportName", "Second admin's support desk");
            two.clickAjax("Save the configuration");
            assertThat(two.text("messages")).contains("Someone else saved the configuration while you were editing it.");
            assertThat(Database.queryString("SELECT support_name FROM portal_configuration")).isEqualTo("First admin's support desk");
            assertThat(Database.queryString("SELECT title FROM portal_configuration")).isEqualTo(title);
        }
    }

    @Test
    void badInputGetsAMessageOnItsFieldAndChangesNothing() {
        Properties admin = Portal.newStaff(true);
        WebClient web = new WebClient();
        web.signIn(admin.getProperty("email"), admin.getProperty("password"));
        String before = Database.queryString("SELECT version || ' ' || convenience_fee_percent || ' ' || COALESCE(primary_color, '') FROM portal_configuration");

        for (String[] bad : new String[][] {
                {"configuration:fee", "2.555", "at most two decimals"},
                {"configuration:fee", "10.001", "The convenience fee"},
                {"configuration:fee", "-1", "between 0 % and 10 %"},
                {"configuration:fee", "10.5", "between 0 % and 10 %"},
                {"configuration:primaryColor", "red;background:url(https://evil.example/x)", "Write the colour like #1f6f43."}}) {
            Map<String, String> form = validForm();
            form.put(bad[0], bad[1]);
            HttpResponse<String> answer = web.submit(PAGE, "configuration", form);
            assertThat(answer.body()).as(bad[1]).contains(bad[2]).doesNotContain("The configuration is saved");
        }
        HttpResponse<String> slide = web.submit(PAGE, "slide", Map.of("slide:headline", "Free offer", "slide:link", "//evil.example",
                "slide:text", "", "slide:saveSlide", ""));
        assertThat(slide.body()).contains("A slide link must be a page of the portal");
        assertThat(Database.queryString("SELECT COUNT(*) FROM carousel_slide WHERE link_url LIKE '%evil%'")).isEqualTo("0");
        assertThat(Database.queryString("SELECT version || ' ' || convenience_fee_percent || ' ' || COALESCE(primary_color, '') FROM portal_configuration"))
                .isEqualTo(before);
    }

    private static Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("configuration:title", "Test portal");
        form.put("configuration:primaryColor", "#1f6f43");
        form.put("configuration:accentColor", "#f2a900");
        form.put("configuration:showRequests_input", "on");
        form.put("configuration:showProposals_input", "on");
        form.put("configuration:showInvoices_input", "on");
        form.put("configuration:electronicPayments_input", "on");
        form.put("configuration:fee", "2.50");
        form.put("configuration:supportName", "");
        form.put("configuration:supportPhone", "");
        form.put("configuration:supportEmail", "");
        form.put("configuration:save", "");
        return form;
    }

    private static WebClient signedInCustomer() {
        Properties customer = Portal.newCustomer(false);
        WebClient web = new WebClient();
        web.signIn(customer.getProperty("email"), customer.getProperty("password"));
        return web;
    }

    static By row(String rowClass) {
        return By.cssSelector("tr." + rowClass);
    }
}
