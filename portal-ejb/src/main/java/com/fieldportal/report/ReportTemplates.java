package com.fieldportal.report;

import com.fieldportal.configuration.Image;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The PDF templates ({@code reports/*.jrxml}): the invoice, the statement and the proposal, built of shared pieces (header,
 * address block, line table, totals). Compiled once when the portal starts, never per request: a compiled
 * report is read-only and is shared by every fill. Also keeps the contractor's logo decoded, until it changes.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportTemplates {

    private static final Logger LOG = Logger.getLogger(ReportTemplates.class.getName());

    private JasperReport header;
    private JasperReport address;
    private JasperReport lines;
    private JasperReport totals;
    private JasperReport entries;
    private JasperReport invoice;
    private JasperReport statement;
    private JasperReport proposal;

    /** The logo as last decoded, and the configuration version it belongs to. */
    private record Logo(long version, BufferedImage image) {
    }

    private volatile Logo logo = new Logo(-1, null);

    @PostConstruct
    void compileAll() {
        long started = System.nanoTime();
        header = compileTemplate("header");
        address = compileTemplate("address");
        lines = compileTemplate("lines");
        totals = compileTemplate("totals");
        entries = compileTemplate("entries");
        invoice = compileTemplate("invoice");
        statement = compileTemplate("statement");
        proposal = compileTemplate("proposal");
        LOG.log(Level.INFO, "PDF templates compiled in {0} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Fills the invoice template and exports it as PDF. */
    public byte[] invoicePdf(Map<String, Object> parameters) {
        parameters.put("ENTRIES_REPORT", entries);
        return pdf(invoice, withLayoutPieces(parameters), new JREmptyDataSource(1));
    }

    /** Fills the proposal template (signed or not: the parameters say) and exports it as PDF. */
    public byte[] proposalPdf(Map<String, Object> parameters) {
        return pdf(proposal, withLayoutPieces(parameters), new JREmptyDataSource(1));
    }

    public byte[] statementPdf(Map<String, Object> parameters, JRDataSource invoices) {
        return pdf(statement, parameters, invoices);
    }

    /** The logo, decoded once per configuration version. */
    public BufferedImage logo(long configurationVersion, Supplier<Optional<Image>> load) {
        Logo known = logo;
        if (known.version() != configurationVersion) {
            known = new Logo(configurationVersion, load.get().map(ReportTemplates::decode).orElse(null));
            logo = known;
        }
        return known.image();
    }

    /** The pieces invoices and proposals share: address block, line table, totals (the header goes to every document). */
    private Map<String, Object> withLayoutPieces(Map<String, Object> parameters) {
        parameters.put("ADDRESS_REPORT", address);
        parameters.put("LINES_REPORT", lines);
        parameters.put("TOTALS_REPORT", totals);
        return parameters;
    }

    private byte[] pdf(JasperReport report, Map<String, Object> parameters, JRDataSource data) {
        parameters.put("HEADER_REPORT", header);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(JasperFillManager.fillReport(report, parameters, data)));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("The " + report.getName() + " PDF could not be made", e);
        }
    }

    private static JasperReport compileTemplate(String name) {
        try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/" + name + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("reports/" + name + ".jrxml is missing from portal-ejb");
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("reports/" + name + ".jrxml does not compile", e);
        }
    }

    private static BufferedImage decode(Image image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image.content()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The logo could not be read for a PDF; the PDF has none", e);
            return null;
        }
    }
}
