package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** View Invoice and the statement: real PDFs, read back as a PDF reader would, for the contact's own invoices only. */
@ExtendWith(ArquillianExtension.class)
class InvoiceDocumentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @BeforeEach
    void paymentsOn() {
        PaymentsIT.paymentsOn();
    }

    @Test
    void theInvoicePdfShowsTheLinesThePaymentAndWhatIsStillDue() throws IOException {
        Properties payer = Portal.newPayer();
        WebClient web = PaymentsIT.signedIn(payer);
        String invoice = payer.getProperty("invoice100");
        assertThat(PaymentsIT.pay(web, invoice, payer.getProperty("card"), "30.00", PaymentsIT.key())
                .statusCode()).isEqualTo(200);

        HttpResponse<byte[]> pdf = web.getBytes("/invoice.pdf?id=" + invoice);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"Invoice-" + payer.getProperty("invoice100Number") + ".pdf\"");
        assertThat(text(pdf.body())).contains("Invoice " + payer.getProperty("invoice100Number"), payer.getProperty("accountName"),
                payer.getProperty("propertyA"), "Service", "$100.00", "Payment – Visa ending 4242", "−$30.00", "Balance due", "$70.00",
                "Pay online by card or bank account");

        assertThat(web.getBytes("/invoice.pdf?id=" + invoice + "&download=true").headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    }

    @Test
    void theStatementListsTheOpenInvoicesOfThePropertyFilterWithTheirTotal() throws IOException {
        Properties payer = Portal.newPayer();
        WebClient web = PaymentsIT.signedIn(payer);
        HttpResponse<byte[]> pdf = web.getBytes("/statement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains("Account statement", payer.getProperty("invoice100Number"), payer.getProperty("invoice250Number"),
                payer.getProperty("invoice333Number"), "All properties", "Current", "Over 90 days", "$683.33");
    }

    @Test
    void anotherCustomersInvoiceOrABadIdIsNotFound() {
        Properties mine = Portal.newPayer();
        Properties theirs = Portal.newPayer();
        WebClient web = PaymentsIT.signedIn(mine);
        for (String id : new String[] {theirs.getProperty("invoice100"), "999999999", "abc", "", "1 OR 1=1"}) {
            assertThat(web.getBytes("/invoice.pdf?id=" + id.replace(" ", "%20")).statusCode()).as(id).isEqualTo(404);
        }
        WebClient anonymous = new WebClient();
        assertThat(anonymous.getBytes("/invoice.pdf?id=" + mine.getProperty("invoice100")).statusCode()).as("signed out: to the sign-in page")
                .isIn(302, 303);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
