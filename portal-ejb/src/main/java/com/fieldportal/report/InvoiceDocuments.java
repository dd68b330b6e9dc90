package com.fieldportal.report;

import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.LinkedProperty;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.InvoiceDesk;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.Formats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * View Invoice and the account statement as PDFs, from the templates of {@link ReportTemplates}. A contact gets
 * only invoices of its own properties (through {@link InvoiceService}); staff any.
 */
@Stateless
@RolesAllowed({Roles.CONTACT, Roles.STAFF})
public class InvoiceDocuments {

    @EJB
    ReportTemplates templates;

    @EJB
    InvoiceService invoices;

    @EJB
    InvoiceDesk desk;

    @Inject
    CustomerAccess access;

    @Inject
    Formats formats;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentReportContent content;

    @RolesAllowed(Roles.CONTACT)
    public Document invoiceForContact(long invoiceId) {
        return invoice(invoices.invoice(invoiceId));
    }

    @RolesAllowed(Roles.STAFF)
    public Document invoiceForStaff(long invoiceId) {
        return invoice(desk.invoice(invoiceId));
    }

    /** The account's open invoices within the property filter, with their aging. */
    @RolesAllowed(Roles.CONTACT)
    public Document statement(Long propertyId) {
        List<Invoice> open = invoices.openInvoices(propertyId);
        CustomerAccount account = em.find(CustomerAccount.class, access.caller().accountId());
        String filter = propertyId == null ? "All properties" : access.linkedProperties().stream()
                .filter(linked -> linked.id() == propertyId).map(LinkedProperty::name).findFirst().orElse("");
        LocalDate today = LocalDate.now(formats.zone());
        ReportContent parts = content.get();
        byte[] pdf = templates.statementPdf(parts.statement(account, filter, open, today), parts.statementRows(open, today));
        return Document.pdf("Statement", account.getAccountNumber() + "-" + today, pdf);
    }

    private Document invoice(Invoice invoice) {
        return Document.pdf("Invoice", invoice.getNumber(), templates.invoicePdf(content.get().invoice(invoice)));
    }
}
