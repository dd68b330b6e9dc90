package com.fieldportal.web.invoice;

import com.fieldportal.report.Document;
import com.fieldportal.report.InvoiceDocuments;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.web.DocumentResponse;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PropertyFilter;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The PDFs: /invoice.pdf?id= (View Invoice; &amp;download=true to save it), /statement.pdf (the open invoices
 * of the property filter) for contacts, and /staff/invoice.pdf?id= for staff. Shown in the browser's own PDF
 * viewer, with a file name to save it under. Another customer's invoice is "not found", like one that does not exist.
 */
@WebServlet({"/invoice.pdf", "/statement.pdf", "/staff/invoice.pdf"})
public class InvoicePdfServlet extends HttpServlet {

    @EJB
    InvoiceDocuments documents;

    @Inject
    PropertyFilter filter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Document document;
        try {
            document = switch (request.getServletPath()) {
                case "/statement.pdf" -> documents.statement(filter.getPropertyId());
                case "/staff/invoice.pdf" -> documents.invoiceForStaff(ViewParams.id(request.getParameter("id"), "Invoice"));
                default -> documents.invoiceForContact(ViewParams.id(request.getParameter("id"), "Invoice"));
            };
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentResponse.pdf(response, document, "true".equals(request.getParameter("download")));
    }
}
