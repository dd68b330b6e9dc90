package com.fieldportal.web.invoice;

import com.fieldportal.report.Document;
import com.fieldportal.report.InvoiceDocuments;
import com.fieldportal.shared.NotFoundException;
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

    private static final String PDF_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

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
                case "/staff/invoice.pdf" -> documents.invoiceForStaff(id(request));
                default -> documents.invoiceForContact(id(request));
            };
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean download = "true".equals(request.getParameter("download"));
        // The browser's PDF viewer shows the file as plugin data of its own URL: the pages' object-src 'none' would block it.
        response.setHeader("Content-Security-Policy", PDF_POLICY);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + document.fileName() + "\"");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }

    private static long id(HttpServletRequest request) {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException("Invoice");
        }
        return Long.parseLong(id);
    }
}
