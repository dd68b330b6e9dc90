package com.fieldportal.report;

import com.fieldportal.invoice.Invoice;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * Invoice PDFs of 30 lines, warm: fill and export as the portal does them, one at a time (median, p95) and on two
 * threads (PDFs per second). Run by benchmarks/pdf.sh; prints figures, asserts nothing.
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
        started = System.nanoTime();
        int size = render(templates, content, invoice);
        System.out.printf("first PDF (cold): %d ms, %d bytes%n", (System.nanoTime() - started) / 1_000_000, size);
        for (int i = 0; i < 200; i++) {
            render(templates, content, invoice);
        }
        int n = 500;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            render(templates, content, invoice);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("one thread, %d warm PDFs: median %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                n, nanos[n / 2] / 1e6, nanos[n * 95 / 100] / 1e6, nanos[n * 99 / 100] / 1e6);
        for (int threads : new int[]{2, 4}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            int total = 1000;
            long t = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                done.add(pool.submit(() -> render(templates, content, invoice)));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            pool.shutdown();
            System.out.printf("%d threads, %d PDFs: %.0f PDFs/s%n", threads, total, total / seconds);
        }
    }

    private static int render(ReportTemplates templates, ReportContent content, Invoice invoice) {
        Map<String, Object> parameters = content.invoice(invoice);
        return templates.invoicePdf(parameters).length;
    }
}
