package com.fieldportal.report;

import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.Property;
import com.fieldportal.invoice.Credit;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.MethodSnapshot;
import com.fieldportal.invoice.PaymentSource;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.Formats;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Invoices built in memory, as the PDF test and the PDF benchmark print them. */
final class SampleInvoices {

    static final Address ADDRESS = new Address("400 Maple Ridge Dr", "Springfield", "IL", "62704");
    static final CustomerAccount ACCOUNT = new CustomerAccount("A", "C-1001", "Maple Ridge HOA", ADDRESS);
    static final Property PROPERTY = new Property("P", ACCOUNT, "Maple Ridge Clubhouse", ADDRESS);

    private SampleInvoices() {
    }

    /** {@code lines} service lines, a card payment of 500.00 and a credit of 120.00 applied. */
    static Invoice invoice(String number, int lines, LocalDate date) {
        Invoice invoice = new Invoice(number, null, PROPERTY, null, date, date.plusDays(30));
        invoice.addOpportunity("Grounds care", null);
        for (int i = 1; i <= lines; i++) {
            invoice.addLine("Service line " + i + (i % 7 == 0 ? ", with haul-away of all green waste and a walkthrough" : ""),
                    BigDecimal.valueOf(1 + i % 4), new BigDecimal("45.50").add(BigDecimal.valueOf(i)));
        }
        invoice.recordPayment(null, new MethodSnapshot(PaymentType.CARD, "Visa", "4242"), new BigDecimal("500.00"),
                new BigDecimal("12.50"), number + "-key", PaymentSource.PORTAL, Instant.now()).succeed(number + "-ref", Instant.now());
        Credit credit = new Credit(ACCOUNT, "CR-5001", null, new BigDecimal("120.00"), "Missed visit", Instant.now());
        invoice.applyCredit(credit, new BigDecimal("120.00"), Instant.now());
        return invoice;
    }

    static ReportContent content() {
        PortalSettings settings = new PortalSettings(1, "Evergreen Grounds", "image/png", "#1f6f43", null, true, true, true,
                true, new BigDecimal("2.50"), false, "Customer care", "care@example.com", "(217) 555-0142");
        return new ReportContent(settings, logo(), Formats.of("en-US", "USD"), "https://portal.example.com/portal");
    }

    private static BufferedImage logo() {
        BufferedImage logo = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.decode("#1f6f43"));
        g.fillRect(0, 0, 96, 96);
        g.dispose();
        return logo;
    }
}
