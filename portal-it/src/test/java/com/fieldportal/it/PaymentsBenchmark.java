package com.fieldportal.it;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How many payments the pay service takes on PostgreSQL with the sandbox gateway, through HTTP with signed-in
 * sessions (the probe servlet calls the service as the Pay dialog does). Not part of the tests: run by
 * benchmarks/payments.sh, prints figures. It checks one thing besides: every attempt charged exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsBenchmark {

    private static final int PAYERS = 24;
    private static final int THREADS = 12;
    private static final int SECONDS = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void payments() throws Exception {
        Database.update("UPDATE portal_configuration SET show_invoices = TRUE, electronic_payments = TRUE, convenience_fee_percent = 2.50");
        // the threads below use the first THREADS customers; the last one is kept for the single-invoice runs
        List<Payer> payers = new ArrayList<>();
        for (int i = 0; i < PAYERS; i++) {
            Properties fixture = Portal.newPayer();
            payers.add(new Payer(fixture, PaymentsIT.signedIn(fixture)));
        }
        run("warm-up, " + THREADS + " threads, each its own customer's invoices", payers, 10, false);
        run(THREADS + " threads, each paying its own customer's invoices", payers, SECONDS, false);
        List<Payer> alone = payers.subList(PAYERS - 1, PAYERS);
        run("10 threads paying the same invoice, each attempt its own", alone, SECONDS, false);
        run("10 threads submitting the same attempt at once (a double click times ten)", alone, SECONDS, true);
    }

    private record Payer(Properties fixture, WebClient web) {
    }

    /**
     * @param sameAttempt every round, all threads send one attempt (one key) together; else every request is an attempt
     */
    private static void run(String what, List<Payer> payers, int seconds, boolean sameAttempt) throws Exception {
        int threads = payers.size() == 1 ? 10 : THREADS;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        if (sameAttempt) {
            Payer payer = payers.get(0);
            while (System.nanoTime() < end) {
                String key = key();
                keys.add(key);
                List<Future<?>> round = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    round.add(pool.submit(() -> pay(payer, payer.fixture().getProperty("invoice333"), key, nanos, failures)));
                }
                for (Future<?> f : round) {
                    f.get();
                }
            }
        } else {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                workers.add(pool.submit(() -> {
                    Payer payer = payers.get(n % payers.size());
                    String[] invoices = payers.size() == 1 ? new String[] {"invoice250"} : new String[] {"invoice100", "invoice250", "invoice333"};
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String key = key();
                        keys.add(key);
                        pay(payer, payer.fixture().getProperty(invoices[i % invoices.length]), key, nanos, failures);
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        String charges = Database.queryString("SELECT COUNT(*) FROM sandbox_charge WHERE idempotency_key = ANY (?)",
                (Object) keys.toArray(new String[0]));
        System.out.printf("%n[payments] %s:%n[payments]   %d requests in %.1f s = %.0f requests/s, %d attempts = %.0f payments/s;"
                        + " p50 %.0f ms, p99 %.0f ms; answers other than 200: %d; gateway charges for these attempts: %s (must be %d)%n",
                what, sorted.length, elapsed, sorted.length / elapsed, keys.size(), keys.size() / elapsed,
                percentile(sorted, 50), percentile(sorted, 99), failures.get(), charges, keys.size());
    }

    private static void pay(Payer payer, String invoice, String key, List<Long> nanos, AtomicInteger failures) {
        long t = System.nanoTime();
        HttpResponse<String> answer = PaymentsIT.pay(payer.web(), invoice, payer.fixture().getProperty("card"), "0.10", key);
        nanos.add(System.nanoTime() - t);
        if (answer.statusCode() != 200) {
            failures.incrementAndGet();
            if (failures.get() < 5) {
                System.out.println("[payments]   " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
