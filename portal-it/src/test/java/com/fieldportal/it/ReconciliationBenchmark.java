package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly job on a large tenant: loads benchmarks/reconciliation-data.sql (1,000,000 invoices and 2,000,000
 * payments and credit applications by default, with planted drifts) into the test database, times the hand-written
 * set-based UPDATE of benchmarks/reconciliation-baseline.sql on it (rolled back), then runs the job and prints its
 * figures. Not part of the tests: run by benchmarks/reconciliation.sh. It checks that the job found exactly the
 * planted drifts.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationBenchmark {

    private static final Path BENCHMARKS = Path.of("..", "benchmarks");
    private static final int INVOICES = Integer.getInteger("bench.invoices", 1_000_000);
    private static final int DRIFTS = 1_000;
    private static final int OVERAPPLIED = 100;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void reconcileAMillionInvoices() throws Exception {
        long loading = System.nanoTime();
        Process load = new ProcessBuilder("psql", "host=127.0.0.1 port=5432 user=postgres dbname=" + databaseName(), "-X", "-q",
                "-v", "ON_ERROR_STOP=1", "-v", "invoices=" + INVOICES, "-v", "drifts=" + DRIFTS, "-v", "overapplied=" + OVERAPPLIED,
                "-f", BENCHMARKS.resolve("reconciliation-data.sql").toString()).inheritIO().start();
        assertThat(load.waitFor()).as("psql loading the data").isZero();
        print("loaded %,d invoices, %s payments and %s credit applications in %.1f s", INVOICES, count("payment"),
                count("credit_application"), seconds(loading));
        // the sandbox stands for the bank: it settles the data's pending bank debits
        Database.update("INSERT INTO sandbox_token (token, method_type, brand, last_four, account_type, behaviour, created_at) "
                + "VALUES ('bench-ach', 'ACH', 'First Community Bank', '6789', 'checking', 'ACH_SETTLES', now())");
        int pending = Database.update("INSERT INTO sandbox_charge (reference, token, idempotency_key, amount, refunded, status, created_at) "
                + "SELECT gateway_reference, 'bench-ach', idempotency_key, principal, 0, 'PENDING', created_at FROM payment "
                + "WHERE status = 'PENDING' AND gateway_reference LIKE 'bench-%'");

        double baseline = baselineSeconds();
        print("hand-written set-based UPDATE of every balance (rolled back): %.2f s", baseline);

        WebClient web = new WebClient();
        web.post("/test-probe/reconciliation/heap-reset", Map.of());
        long started = System.nanoTime();
        long run = ReconciliationIT.runToTheEnd();
        double job = seconds(started);
        long peakHeap = Long.parseLong(web.get("/test-probe/reconciliation/heap").body().trim());
        String steps = Database.queryString("SELECT step_times FROM reconciliation_run WHERE id = ?", run);
        Matcher recomputeTime = Pattern.compile("recompute (\\d+) ms").matcher(steps);
        assertThat(recomputeTime.find()).as(steps).isTrue();
        double recompute = Long.parseLong(recomputeTime.group(1)) / 1000.0;

        String invoicesFixed = Database.queryString("SELECT invoices_fixed FROM reconciliation_run WHERE id = ?", run);
        String creditsReported = Database.queryString("SELECT credits_reported FROM reconciliation_run WHERE id = ?", run);
        String settled = Database.queryString("SELECT payments_settled FROM reconciliation_run WHERE id = ?", run);
        long rows = INVOICES + Long.parseLong(count("payment")) + Long.parseLong(count("credit_application")) + Long.parseLong(count("credit"));
        print("job: %.1f s in all, %,.0f rows/s (invoices, payments, credit applications and credits read)", job, rows / job);
        print("steps: %s", steps);
        print("recompute step %.2f s = %.2f x the hand-written UPDATE", recompute, recompute / baseline);
        print("drifts found and fixed: %s invoices (planted %d); over-applied credits reported: %s (planted %d); bank payments settled: %s of %d",
                invoicesFixed, DRIFTS, creditsReported, OVERAPPLIED, settled, pending);
        print("peak heap used by the server during the run: %d MB (of its -Xmx)", peakHeap / (1024 * 1024));
        assertThat(invoicesFixed).isEqualTo(String.valueOf(DRIFTS));
        assertThat(creditsReported).isEqualTo(String.valueOf(OVERAPPLIED));
    }

    private static double baselineSeconds() throws Exception {
        String script = Files.readString(BENCHMARKS.resolve("reconciliation-baseline.sql"));
        String update = script.substring(script.indexOf("\\timing on") + "\\timing on".length(), script.indexOf("\\timing off")).trim();
        try (Connection connection = DriverManager.getConnection(System.getProperty("portal.db.url"), "postgres", "");
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            int fixed = statement.executeUpdate(update.endsWith(";") ? update.substring(0, update.length() - 1) : update);
            double took = seconds(started);
            connection.rollback();
            assertThat(fixed).as("invoices the hand-written UPDATE fixed").isEqualTo(DRIFTS);
            return took;
        }
    }

    private static String databaseName() {
        String url = System.getProperty("portal.db.url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String count(String table) {
        return Database.queryString("SELECT COUNT(*) FROM " + table);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void print(String format, Object... values) {
        System.out.println("[reconciliation] " + String.format(format, values));
    }
}
