package com.fieldportal.web.proposal;

import com.fieldportal.proposal.ProposalDesk;
import com.fieldportal.report.Document;
import com.fieldportal.report.ProposalDocuments;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.web.DocumentResponse;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The proposal's documents. For contacts: /proposal.pdf?shown=token (the document View Proposal shows, as shown) and
 * /proposal.pdf?id= (made now: as sent, or signed with its audit block; &amp;download=true to save it). For staff:
 * /staff/proposal.pdf?id= (the same), /staff/proposal-as-signed.pdf?id= (the document the customer signed, byte for
 * byte, whose SHA-256 is in the audit trail) and /staff/proposal-signature.png?id= (the drawn signature). Another
 * customer's proposal is "not found", like one that does not exist.
 */
@WebServlet({"/proposal.pdf", "/staff/proposal.pdf", "/staff/proposal-as-signed.pdf", "/staff/proposal-signature.png"})
public class ProposalPdfServlet extends HttpServlet {

    @EJB
    ProposalDocuments documents;

    @EJB
    ProposalDesk desk;

    @Inject
    ShownDocuments shown;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean download = "true".equals(request.getParameter("download"));
        try {
            switch (request.getServletPath()) {
                case "/staff/proposal-signature.png" -> DocumentResponse.png(response, desk.signatureImage(id(request)));
                case "/staff/proposal-as-signed.pdf" -> DocumentResponse.pdf(response, documents.asSignedForStaff(id(request)), download);
                case "/staff/proposal.pdf" -> DocumentResponse.pdf(response, documents.proposalForStaff(id(request)), download);
                default -> DocumentResponse.pdf(response, forContact(request), download);
            }
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private Document forContact(HttpServletRequest request) {
        String token = request.getParameter("shown");
        if (token == null) {
            return documents.proposalForContact(id(request));
        }
        Document document = shown.get(token);
        if (document == null) {
            throw new NotFoundException("That document");
        }
        return document;
    }

    private static long id(HttpServletRequest request) {
        return ViewParams.id(request.getParameter("id"), "Proposal");
    }
}
