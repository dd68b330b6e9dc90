package com.fieldportal.report;

import com.fieldportal.invoice.Invoice;
import com.fieldportal.proposal.Proposal;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * PDFs of 30 lines, warm, filled and exported as the portal does them: the invoice, the proposal as sent and the
 * proposal as signed (signature image and audit block), one at a time (median, p95, p99) and on two and four threads
 * (PDFs per second). Run by benchmarks/pdf.sh; prints figures, asserts nothing.
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        long started = System.nanoTime();
        ReportTemplates templates = new ReportTemplates();
        templates.compileAll();
        System.out.printf("templates compiled once: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        ReportContent content = SampleInvoices.content();
        Invoice invoice = SampleInvoices.invoice("INV-1001", 30, LocalDate.now());
        Proposal proposal = SampleProposals.proposal("P-3001", 30);
        Proposal signed = SampleProposals.signed("P-3002", 30);
        BufferedImage signature = SampleProposals.signatureImage();
        measure("invoice, 30 lines", () -> templates.invoicePdf(content.invoice(invoice)).length);
        measure("proposal, 30 lines", () -> templates.proposalPdf(content.proposal(proposal, null)).length);
        measure("signed proposal, 30 lines", () -> templates.proposalPdf(content.proposal(signed, signature)).length);
    }

    private static void measure(String what, Callable<Integer> render) throws Exception {
        long started = System.nanoTime();
        int size = render.call();
        System.out.printf("%n%s%n  first (cold for this template): %d ms, %d bytes%n", what, (System.nanoTime() - started) / 1_000_000, size);
        for (int i = 0; i < 200; i++) {
            render.call();
        }
        int n = 500;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            render.call();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("  one thread, %d warm PDFs: median %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                n, nanos[n / 2] / 1e6, nanos[n * 95 / 100] / 1e6, nanos[n * 99 / 100] / 1e6);
        for (int threads : new int[]{2, 4}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            int total = 1000;
            long t = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                done.add(pool.submit(render));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            pool.shutdown();
            System.out.printf("  %d threads, %d PDFs: %.0f PDFs/s%n", threads, total, total / seconds);
        }
    }
}
