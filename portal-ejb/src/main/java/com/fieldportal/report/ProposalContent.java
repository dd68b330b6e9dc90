package com.fieldportal.report;

import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalLine;
import com.fieldportal.proposal.ProposalSignature;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * What the proposal template prints: the proposal as sent, or as signed, with the optional services chosen, the
 * signature and the audit block. Built on the pieces every document shares ({@link ReportContent}).
 */
record ProposalContent(ReportContent shared) {

    /** @param signatureImage the drawn signature, decoded; null before signing */
    Map<String, Object> parameters(Proposal proposal, BufferedImage signatureImage) {
        StringBuilder facts = new StringBuilder();
        if (proposal.getSentDate() != null) {
            facts.append("Sent: ").append(shared.formats().date(proposal.getSentDate()));
        }
        if (proposal.getEstimatedStartDate() != null) {
            facts.append("\nEstimated start: ").append(shared.formats().date(proposal.getEstimatedStartDate()));
        }
        if (proposal.getSalesRep() != null) {
            facts.append("\nSales rep: ").append(proposal.getSalesRep().getName());
        }
        Map<String, Object> p = shared.header("Proposal " + proposal.getNumber(), facts.toString().strip());
        p.put("OPPORTUNITY", proposal.getOpportunityName());
        p.put("STATUS", proposal.getCustomerStatus().getLabel());
        CustomerAccount account = proposal.getProperty().getAccount();
        p.put("ACCOUNT_NAME", account.getName());
        p.put("ACCOUNT_ADDRESS", ReportContent.envelope(account.getBillingAddress()));
        p.put("PROPERTY_NAME", proposal.getProperty().getName());
        p.put("PROPERTY_ADDRESS", ReportContent.envelope(proposal.getProperty().getAddress()));
        p.put("TERMS", proposal.getTerms());
        ProposalSignature signature = proposal.getSignature();
        boolean signed = signature != null;
        p.put("SERVICES", new JRMapCollectionDataSource(proposal.getRequiredLines().stream().<Map<String, ?>>map(line -> shared.line(
                line.getDescription(), line.getQuantity(), line.getUnitPrice(), line.getAmount(), "")).toList()));
        List<ProposalLine> optional = proposal.getOptionalLines();
        p.put("HAS_OPTIONAL", !optional.isEmpty());
        p.put("OPTIONAL_NOTE", signed ? "Chosen or not when the proposal was signed."
                : "Not in the total: tick those you want when you sign, and the total grows by their amounts.");
        p.put("OPTIONAL_SERVICES", new JRMapCollectionDataSource(optional.stream().<Map<String, ?>>map(line -> shared.line(
                line.getDescription(), line.getQuantity(), line.getUnitPrice(), line.getAmount(),
                signed ? (line.isChosen() ? "Chosen" : "Not chosen") : "Optional")).toList()));
        p.put("TOTALS", signed
                ? ReportContent.totals(shared.total("Original proposal", proposal.getOriginalTotal(), false),
                        shared.total("Optional services chosen", proposal.getAddedByOptions(), false),
                        shared.total("Total", proposal.getPrice(), true))
                : ReportContent.totals(shared.total("Total estimated cost", proposal.getPrice(), true)));
        p.put("HOW_TO_SIGN", proposal.isPending() ? "Open this proposal in the customer portal, " + shared.baseUrl()
                + "/proposal.xhtml?id=" + proposal.getId() + ", choose View Proposal, then Select & Sign." : "");
        p.put("SIGNED", signed);
        if (signed) {
            p.put("SIGNATURE", signatureImage);
            p.put("SIGNED_BY", signature.getSignerName() + "\n" + shared.formats().dateTime(signature.getSignedAt()));
            p.put("AUDIT", audit(signature));
        }
        return p;
    }

    private String audit(ProposalSignature signature) {
        String chosen = signature.getChosenOptionalLines().isEmpty() ? "none" : signature.getChosenOptionalLines().replace("\n", "; ");
        return "Signed by: " + signature.getSignerName() + (signature.getSignerEmail() == null ? "" : " (" + signature.getSignerEmail() + ")") + "\n"
                + "Signed at: " + shared.formats().dateTime(signature.getSignedAt()) + " ("
                + DateTimeFormatter.ISO_INSTANT.format(signature.getSignedAt()) + ")\n"
                + "IP address: " + (signature.getIpAddress() == null ? "unknown" : signature.getIpAddress()) + "\n"
                + "Browser: " + (signature.getUserAgent() == null ? "unknown" : signature.getUserAgent()) + "\n"
                + "Optional services chosen: " + chosen + "\n"
                + "SHA-256 of the proposal document signed:\n" + signature.getDocumentSha256();
    }
}
