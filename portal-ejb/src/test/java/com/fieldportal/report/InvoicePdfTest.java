package com.fieldportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldportal.invoice.Invoice;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The templates compile, and the PDFs say what the invoice says, read back as a reader's PDF viewer would. */
class InvoicePdfTest {

    private static final ReportTemplates TEMPLATES = new ReportTemplates();

    @BeforeAll
    static void compile() {
        System.setProperty("java.awt.headless", "true");
        TEMPLATES.compileAll();
    }

    @Test
    void theInvoiceShowsItsLinesPaymentsCreditsAndBalanceDue() throws IOException {
        Invoice invoice = SampleInvoices.invoice("INV-1001", 30, LocalDate.of(2026, 11, 2));
        try (PDDocument pdf = Loader.loadPDF(TEMPLATES.invoicePdf(SampleInvoices.content().invoice(invoice)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Invoice INV-1001", "Evergreen Grounds", "Maple Ridge HOA", "Maple Ridge Clubhouse",
                    "Invoice date: Nov 2, 2026", "Due date: Dec 2, 2026", "Service line 1", "Service line 30",
                    "Payment – Visa ending 4242", "−$500.00", "Credit CR-5001 – Missed visit", "−$120.00",
                    "Pay online by card or bank account");
            assertThat(text).contains("$" + String.format("%,.2f", invoice.getTotal()));
            assertThat(text).contains("$" + String.format("%,.2f", invoice.getBalance()));
            assertThat(pdf.getNumberOfPages()).as("30 lines run onto a second page").isGreaterThanOrEqualTo(2);
            assertThat(text.split("Service line 17\\b", -1)).as("no line printed twice across the page break").hasSize(2);
            assertEveryFontIsEmbedded(pdf);
        }
    }

    @Test
    void theStatementAgesTheOpenInvoices() throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 30);
        Invoice current = SampleInvoices.invoice("INV-1", 12, today.minusDays(10));
        Invoice late = SampleInvoices.invoice("INV-2", 10, today.minusDays(75));
        List<Invoice> open = List.of(current, late);
        ReportContent content = SampleInvoices.content();
        try (PDDocument pdf = Loader.loadPDF(TEMPLATES.statementPdf(
                content.statement(SampleInvoices.ACCOUNT, "All properties", open, today), content.statementRows(open, today)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Account statement", "INV-1", "INV-2", "All properties", "Over 90 days");
            assertThat(text).as("INV-2 is 45 days past due").contains("45");
            assertThat(text).contains("$" + String.format("%,.2f", current.getBalance().add(late.getBalance())));
        }
    }

    private static void assertEveryFontIsEmbedded(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
            }
        }
    }
}
