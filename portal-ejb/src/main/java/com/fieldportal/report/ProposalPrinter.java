package com.fieldportal.report;

import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalPdf;
import com.fieldportal.proposal.ProposalSignature;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The proposal template filled for one proposal, with the contractor's name, logo and colour of this request. */
@Dependent
public class ProposalPrinter implements ProposalPdf {

    @EJB
    ReportTemplates templates;

    @Inject
    CurrentReportContent content;

    @Override
    public byte[] print(Proposal proposal) {
        return print(templates, content.get(), proposal);
    }

    /** For callers outside a web request (the demo data), which bring their own content. */
    public static byte[] print(ReportTemplates templates, ReportContent content, Proposal proposal) {
        ProposalSignature signature = proposal.getSignature();
        return templates.proposalPdf(content.proposal(proposal, signature == null ? null : decode(signature.getImage())));
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
