package com.fieldportal.report;

import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.invoice.Aging;
import com.fieldportal.invoice.CreditApplication;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.Payment;
import com.fieldportal.invoice.PaymentStatus;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.Formats;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * What the invoice and statement templates print (and the pieces every document shares), as their parameters: every value already formatted in the
 * deployment's currency and locale. Plain code, so that it can be tried and measured without a server.
 *
 * @param logo    the contractor's logo, or null
 * @param baseUrl where customers reach the portal, for "how to pay"
 */
public record ReportContent(PortalSettings settings, BufferedImage logo, Formats formats, String baseUrl) {

    public Map<String, Object> invoice(Invoice invoice) {
        StringBuilder facts = new StringBuilder("Invoice date: ").append(formats.date(invoice.getInvoiceDate()));
        if (invoice.getDueDate() != null) {
            facts.append("\nDue date: ").append(formats.date(invoice.getDueDate()));
        }
        if (invoice.getServiceContact() != null) {
            facts.append("\nService contact: ").append(invoice.getServiceContact().getName());
        }
        Map<String, Object> p = header("Invoice " + invoice.getNumber(), facts.toString());
        CustomerAccount account = invoice.getProperty().getAccount();
        p.put("ACCOUNT_NAME", account.getName());
        p.put("ACCOUNT_ADDRESS", envelope(account.getBillingAddress()));
        p.put("PROPERTY_NAME", invoice.getProperty().getName());
        p.put("PROPERTY_ADDRESS", envelope(invoice.getProperty().getAddress()));
        p.put("LINES", new JRMapCollectionDataSource(lines(invoice)));
        p.put("TOTALS", totals(total("Total", invoice.getTotal(), true)));
        List<Map<String, ?>> entries = entries(invoice);
        p.put("ENTRIES", new JRMapCollectionDataSource(entries));
        p.put("HAS_ENTRIES", !entries.isEmpty());
        p.put("BALANCE_DUE", formats.money(invoice.getBalance()));
        p.put("STATUS", invoice.getStatus().getLabel());
        p.put("HOW_TO_PAY", invoice.isOpen() ? howToPay(invoice) : "");
        return p;
    }

    /**
     * A proposal as sent, or as signed (then with the signature and its audit block).
     *
     * @param signatureImage the drawn signature, decoded; null before signing
     */
    public Map<String, Object> proposal(Proposal proposal, BufferedImage signatureImage) {
        return new ProposalContent(this).parameters(proposal, signatureImage);
    }

    /** @param propertyFilter "All properties" or the property's name */
    public Map<String, Object> statement(CustomerAccount account, String propertyFilter, List<Invoice> open, LocalDate today) {
        Aging aging = Aging.of(open, today);
        Map<String, Object> p = header("Account statement", "Statement date: " + formats.date(today)
                + "\nAccount: " + account.getAccountNumber());
        p.put("ACCOUNT_NAME", account.getName());
        p.put("PROPERTY_FILTER", propertyFilter);
        p.put("AGING_CURRENT", formats.money(aging.current()));
        p.put("AGING_1_30", formats.money(aging.days1To30()));
        p.put("AGING_31_60", formats.money(aging.days31To60()));
        p.put("AGING_61_90", formats.money(aging.days61To90()));
        p.put("AGING_OVER_90", formats.money(aging.over90()));
        p.put("TOTAL_DUE", formats.money(aging.total()));
        return p;
    }

    /** The statement's rows: one per open invoice. */
    public JRDataSource statementRows(List<Invoice> open, LocalDate today) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Invoice invoice : open) {
            long late = Aging.daysOverdue(invoice.getDueDate(), today);
            rows.add(Map.of("number", invoice.getNumber(), "property", invoice.getProperty().getName(),
                    "invoiceDate", formats.date(invoice.getInvoiceDate()), "dueDate", formats.date(invoice.getDueDate()),
                    "daysOverdue", late == 0 ? "—" : String.valueOf(late), "balance", formats.money(invoice.getBalance())));
        }
        return new JRMapCollectionDataSource(rows);
    }

    private List<Map<String, ?>> lines(Invoice invoice) {
        return invoice.getLines().stream().<Map<String, ?>>map(line -> line(line.getDescription(), line.getQuantity(), line.getUnitPrice(),
                line.getAmount(), "")).toList();
    }

    Map<String, ?> line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String note) {
        return Map.of("description", description, "quantity", new DecimalFormat("0.###").format(quantity),
                "unitPrice", formats.money(unitPrice), "amount", formats.money(amount), "note", note);
    }

    Map<String, ?> total(String label, BigDecimal amount, boolean strong) {
        return Map.of("label", label, "amount", formats.money(amount), "strong", String.valueOf(strong));
    }

    @SafeVarargs
    static JRDataSource totals(Map<String, ?>... rows) {
        return new JRMapCollectionDataSource(List.of(rows));
    }

    /** Payments that count or are on their way, refunds, and credits applied. */
    private List<Map<String, ?>> entries(Invoice invoice) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Payment payment : invoice.getPayments()) {
            String method = payment.getMethod().describe();
            if (payment.getStatus() == PaymentStatus.PENDING && payment.getGatewayReference() != null) {
                rows.add(entry(day(payment.getCreatedAt()), "Bank payment pending – " + method,
                        "(" + formats.money(payment.getPrincipal()) + ")"));
            } else if (payment.getStatus() == PaymentStatus.SUCCEEDED || payment.getStatus() == PaymentStatus.REFUNDED) {
                rows.add(entry(day(payment.getSettledAt()), "Payment – " + method, minus(payment.getPrincipal())));
                if (payment.getRefunded().signum() > 0) {
                    rows.add(entry("", "Refund of that payment", formats.money(payment.getRefunded())));
                }
            }
        }
        for (CreditApplication credit : invoice.getCreditApplications()) {
            String reason = credit.getCredit().getReason();
            rows.add(entry(day(credit.getAppliedAt()),
                    "Credit " + credit.getCredit().getNumber() + (reason == null ? "" : " – " + reason), minus(credit.getAmount())));
        }
        return rows;
    }

    private String howToPay(Invoice invoice) {
        StringBuilder how = new StringBuilder();
        if (settings.electronicPayments()) {
            how.append("Pay online by card or bank account in the customer portal: ").append(baseUrl)
               .append("/invoice.xhtml?id=").append(invoice.getId()).append('\n');
        }
        how.append("Please quote invoice number ").append(invoice.getNumber()).append(" with your payment.");
        if (settings.supportPhone() != null || settings.supportEmail() != null) {
            how.append("\nQuestions? ").append(settings.supportName() == null ? "Contact us" : settings.supportName());
            if (settings.supportPhone() != null) {
                how.append(", ").append(settings.supportPhone());
            }
            if (settings.supportEmail() != null) {
                how.append(", ").append(settings.supportEmail());
            }
        }
        return how.toString();
    }

    Map<String, Object> header(String title, String facts) {
        Map<String, Object> p = new HashMap<>();
        p.put("LOGO", logo);
        p.put("COMPANY", settings.title());
        p.put("BRAND_COLOR", settings.brandColor());
        p.put("DOCUMENT_TITLE", title);
        p.put("DOCUMENT_FACTS", facts);
        p.put("REPORT_LOCALE", formats.locale());
        return p;
    }

    private String day(Instant at) {
        return at == null ? "" : formats.date(LocalDate.ofInstant(at, formats.zone()));
    }

    private String minus(BigDecimal amount) {
        return "−" + formats.money(amount);
    }

    private static Map<String, ?> entry(String date, String description, String amount) {
        return Map.of("date", date, "description", description, "amount", amount);
    }

    static String envelope(Address address) {
        return address == null ? "" : address.getEnvelope();
    }
}
