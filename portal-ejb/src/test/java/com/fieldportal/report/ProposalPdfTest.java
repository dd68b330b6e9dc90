package com.fieldportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldportal.proposal.Proposal;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposal PDF says what the proposal says, before and after signing, read back as a PDF viewer would. */
class ProposalPdfTest {

    private static final ReportTemplates TEMPLATES = new ReportTemplates();

    @BeforeAll
    static void compile() {
        System.setProperty("java.awt.headless", "true");
        TEMPLATES.compileAll();
    }

    @Test
    void aPendingProposalShowsItsServicesItsOptionsApartAndHowToAccept() throws IOException {
        Proposal proposal = SampleProposals.proposal("P-3001", 30);
        String text = text(TEMPLATES.proposalPdf(SampleInvoices.content().proposal(proposal, null)));
        assertThat(text).contains("Proposal P-3001", "Evergreen Grounds", "Grounds renovation", "Pending", "Maple Ridge HOA",
                "Maple Ridge Clubhouse", "Sent: Nov 2, 2026", "Estimated start: Dec 1, 2026", "Services", "Proposed service 1",
                "Optional services", "Proposed service 30", "Total estimated cost", "Net 30", "How to accept");
        assertThat(text).contains("$" + String.format("%,.2f", proposal.getPrice()));
        assertThat(text).doesNotContain("AUDIT TRAIL");
    }

    @Test
    void aSignedProposalShowsTheChosenOptionsTheNewTotalAndTheAuditBlock() throws IOException {
        Proposal proposal = SampleProposals.signed("P-3002", 30);
        String text = text(TEMPLATES.proposalPdf(SampleInvoices.content().proposal(proposal, SampleProposals.signatureImage())));
        assertThat(text).contains("Proposal P-3002", "Accepted", "Original proposal", "Optional services chosen", "Chosen", "Not chosen",
                "ACCEPTED AND SIGNED", "AUDIT TRAIL", "Signed by: Pat Primary (pat@example.com)", "IP address: 203.0.113.7",
                "Chrome/131.0", "Proposed service 5; Proposed service 10", proposal.getSignature().getDocumentSha256());
        assertThat(text).contains("$" + String.format("%,.2f", proposal.getOriginalTotal()), "$" + String.format("%,.2f", proposal.getPrice()));
        assertThat(text).doesNotContain("How to accept");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
