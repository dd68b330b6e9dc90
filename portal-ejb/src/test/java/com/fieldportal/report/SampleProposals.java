package com.fieldportal.report;

import com.fieldportal.customer.Contact;
import com.fieldportal.customer.ContactRole;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalLine;
import com.fieldportal.proposal.Signing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Proposals built in memory, as the PDF test and the PDF benchmark print them. */
final class SampleProposals {

    static final Contact SIGNER = new Contact(SampleInvoices.ACCOUNT, "Pat Primary", "pat@example.com", null, EnumSet.of(ContactRole.PRIMARY));

    private SampleProposals() {
    }

    /** {@code lines} service lines, every fifth one optional. */
    static Proposal proposal(String number, int lines) {
        Proposal proposal = new Proposal(number, null, "Grounds renovation", SampleInvoices.PROPERTY, null, null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1), "Net 30. Prices valid for 60 days.");
        for (int i = 1; i <= lines; i++) {
            proposal.addLine("Proposed service " + i + (i % 7 == 0 ? ", with haul-away of all green waste and a walkthrough" : ""),
                    BigDecimal.valueOf(1 + i % 4), new BigDecimal("45.50").add(BigDecimal.valueOf(i)), i % 5 == 0);
        }
        return proposal;
    }

    /** Signed with the first two optional lines chosen. */
    static Proposal signed(String number, int lines) {
        Proposal proposal = proposal(number, lines);
        List<ProposalLine> chosen = new ArrayList<>(proposal.getOptionalLines().subList(0, 2));
        proposal.sign(new Signing(SIGNER, "Pat Primary", new byte[] {1}, Instant.parse("2026-11-20T15:04:05Z"), "203.0.113.7",
                "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"), chosen, "%PDF-1.5 as shown".getBytes(StandardCharsets.US_ASCII));
        return proposal;
    }

    static BufferedImage signatureImage() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawPolyline(new int[] {20, 60, 90, 140, 200, 260}, new int[] {70, 20, 80, 30, 75, 40}, 6);
        g.dispose();
        return image;
    }
}
