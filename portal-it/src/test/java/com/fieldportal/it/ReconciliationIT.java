package com.fieldportal.it;

import static com.fieldportal.it.PaymentsIT.balanceAndStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The nightly reconciliation job on the real batch runtime and PostgreSQL: drifts planted with SQL are found and fixed
 * with exact amounts, credits are reconciled, bank payments settle or come back, a stopped run goes on where it
 * stopped, only one run goes at a time, the admins get the report, and expiring cards are reminded once.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void plantedDriftsAreFixedWithExactAmountsUnappliedCreditsTouchNothingAndASecondRunChangesNothing() throws Exception {
        Properties admin = Portal.newStaff(true);
        Properties customer = Portal.newCustomer(true);
        String partlyPaid = customer.getProperty("invoiceAtA");
        String paid = customer.getProperty("paidInvoice");
        String atB = customer.getProperty("invoiceAtB");
        Database.update("UPDATE invoice SET balance = 99.99 WHERE id = ?", Long.valueOf(partlyPaid));
        Database.update("UPDATE invoice SET balance = 12.34, status = 'DUE' WHERE id = ?", Long.valueOf(paid));

        long run = runToTheEnd();

        assertThat(balanceAndStatus(partlyPaid)).isEqualTo("70.00 DUE");
        assertThat(balanceAndStatus(paid)).isEqualTo("0.00 PAID");
        // the account's unapplied credit of 500.00 lowers nothing
        assertThat(balanceAndStatus(atB)).isEqualTo("40.00 DUE");
        assertThat(finding(run, partlyPaid)).isEqualTo("INVOICE_BALANCE 99.99 DUE -> 70.00 DUE FIXED");
        assertThat(finding(run, paid)).isEqualTo("INVOICE_BALANCE 12.34 DUE -> 0.00 PAID FIXED");
        assertThat(finding(run, atB)).isNull();
        assertThat(Database.queryString("SELECT status || ' ' || steps_done FROM reconciliation_run WHERE id = ?", run)).isEqualTo("COMPLETED 5");

        MimeMessage report = Mailbox.await(MAIL, admin.getProperty("email"), "Nightly reconciliation");
        assertThat(report.getSubject()).startsWith("Nightly reconciliation of ");
        assertThat(GreenMailUtil.getBody(report).replace("=\r\n", "")).contains("Invoice " + partlyPaid + ", stored 99.99 DUE, computed 70.00 DUE (fixed)")
                .contains("/staff/reconciliation-run.xhtml?id=" + run);

        long second = runToTheEnd();
        assertThat(Database.queryString("SELECT invoices_fixed + credits_fixed FROM reconciliation_run WHERE id = ?", second)).isEqualTo("0");
        assertThat(Database.queryString("SELECT COUNT(*) FROM reconciliation_finding WHERE run_id = ? AND resolution = 'FIXED' AND kind <> 'PAYMENT_RETURNED'",
                second)).isEqualTo("0");
        assertThat(balanceAndStatus(partlyPaid)).isEqualTo("70.00 DUE");
    }

    @Test
    void aCreditAppliedBeyondItsAmountIsReportedAndLeftAloneWhileADriftedRemainingIsFixed() throws Exception {
        Properties customer = Portal.newCustomer(true);
        String applied = Database.queryString("SELECT c.id FROM credit c JOIN customer_account a ON a.id = c.customer_account_id "
                + "WHERE a.id = ? AND c.amount = 120.00", Long.valueOf(customer.getProperty("accountId")));
        String unapplied = Database.queryString("SELECT c.id FROM credit c WHERE c.customer_account_id = ? AND c.amount = 500.00",
                Long.valueOf(customer.getProperty("accountId")));
        // 130.00 of a 120.00 credit applied, as a faulty import could leave it; and 100.00 of the other gone missing
        Database.update("UPDATE credit_application SET amount = 130.00 WHERE credit_id = ?", Long.valueOf(applied));
        Database.update("UPDATE credit SET remaining = 400.00 WHERE id = ?", Long.valueOf(unapplied));

        long run = runToTheEnd();

        assertThat(finding(run, applied)).isEqualTo("CREDIT_OVER_APPLIED 70.00 -> -10.00 REPORTED");
        assertThat(Database.queryString("SELECT remaining FROM credit WHERE id = ?", Long.valueOf(applied))).isEqualTo("70.00");
        assertThat(finding(run, unapplied)).isEqualTo("CREDIT_REMAINING 400.00 -> 500.00 FIXED");
        assertThat(Database.queryString("SELECT remaining FROM credit WHERE id = ?", Long.valueOf(unapplied))).isEqualTo("500.00");
        assertThat(Database.queryString("SELECT credits_reported FROM reconciliation_run WHERE id = ?", run)).isNotEqualTo("0");
    }

    @Test
    void pendingBankPaymentsSettleAndAReturnedOneMakesTheInvoicePayableAgainAndTellsThePayer() throws Exception {
        PaymentsIT.paymentsOn();
        Properties payer = Portal.newPayer();
        WebClient web = PaymentsIT.signedIn(payer);
        assertThat(PaymentsIT.pay(web, payer.getProperty("invoice250"), payer.getProperty("bank"), "100.00", PaymentsIT.key()).statusCode()).isEqualTo(200);
        assertThat(PaymentsIT.pay(web, payer.getProperty("invoice333"), payer.getProperty("returning"), "33.33", PaymentsIT.key()).statusCode()).isEqualTo(200);
        assertThat(balanceAndStatus(payer.getProperty("invoice250"))).isEqualTo("250.00 DUE");
        // a drift on an invoice whose payment settles: the settlement repairs it, and the run says so
        Database.update("UPDATE invoice SET balance = 249.00 WHERE id = ?", Long.valueOf(payer.getProperty("invoice250")));

        long run = runToTheEnd();

        assertThat(finding(run, payer.getProperty("invoice250"))).isEqualTo("INVOICE_BALANCE 249.00 DUE -> 250.00 DUE FIXED");
        assertThat(balanceAndStatus(payer.getProperty("invoice250"))).isEqualTo("150.00 DUE");
        assertThat(paymentStatuses(payer.getProperty("invoice250"))).containsExactly("SUCCEEDED");
        assertThat(balanceAndStatus(payer.getProperty("invoice333"))).isEqualTo("333.33 DUE");
        assertThat(paymentStatuses(payer.getProperty("invoice333"))).containsExactly("RETURNED");
        // returned: the whole balance can be paid again
        assertThat(web.get("/test-probe/payment/options?invoice=" + payer.getProperty("invoice333")).body()).contains("payable=333.33");
        MimeMessage mail = Mailbox.await(MAIL, payer.getProperty("email"), "Bank payment returned");
        assertThat(mail.getSubject()).isEqualTo("Bank payment returned for invoice " + payer.getProperty("invoice333Number"));
        assertThat(GreenMailUtil.getBody(mail)).contains("R01");
    }

    @Test
    void aStoppedRunGoesOnWhereItStoppedAndSettlesEveryPaymentExactlyOnce() throws Exception {
        Properties payer = Portal.newPayer();
        String invoice = payer.getProperty("invoice250");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int payments = 400;
        String token = Database.queryString("SELECT gateway_token FROM payment_method WHERE id = ?", Long.valueOf(payer.getProperty("bank")));
        Database.update("INSERT INTO sandbox_charge (reference, token, idempotency_key, amount, refunded, status, created_at) "
                + "SELECT 'it-' || ? || '-' || g, ?, 'it-' || ? || '-' || g, 0.10, 0, 'PENDING', now() FROM generate_series(1, ?) g",
                tag, token, tag, payments);
        Database.update("INSERT INTO payment (id, invoice_id, contact_id, method_type, method_brand, method_last_four, principal, "
                + "convenience_fee, status, gateway_reference, idempotency_key, created_at, source) "
                + "SELECT nextval('portal_id_seq'), ?, ?, 'ACH', 'Sandbox Test Bank', '6789', 0.10, 0, 'PENDING', 'it-' || ? || '-' || g, "
                + "'it-' || ? || '-' || g, now(), 'PORTAL' FROM generate_series(1, ?) g",
                Long.valueOf(invoice), Long.valueOf(payer.getProperty("contactId")), tag, tag, payments);

        long run = start();
        waitFor("SELECT COUNT(*) > 0 FROM payment WHERE gateway_reference LIKE ? AND status = 'SUCCEEDED'", "t", "it-" + tag + "-%");
        new WebClient().post("/test-probe/reconciliation/stop?run=" + run, Map.of());
        waitFor("SELECT status FROM reconciliation_run WHERE id = ?", "STOPPED", run);
        String settledBeforeTheStop = Database.queryString("SELECT COUNT(*) FROM payment WHERE gateway_reference LIKE ? AND status = 'SUCCEEDED'", "it-" + tag + "-%");
        assertThat(Integer.parseInt(settledBeforeTheStop)).isBetween(1, payments - 1);

        assertThat(start()).as("the stopped run is resumed, not a new one").isEqualTo(run);
        waitFor("SELECT status FROM reconciliation_run WHERE id = ?", "COMPLETED", run);

        assertThat(Database.queryString("SELECT COUNT(*) FROM payment WHERE gateway_reference LIKE ? AND status = 'SUCCEEDED'", "it-" + tag + "-%"))
                .isEqualTo(String.valueOf(payments));
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event e JOIN payment p ON p.id = e.target_id "
                + "WHERE e.action = 'PAYMENT_SETTLED' AND p.gateway_reference LIKE ?", "it-" + tag + "-%")).isEqualTo(String.valueOf(payments));
        assertThat(balanceAndStatus(invoice)).isEqualTo("210.00 DUE");
    }

    @Test
    void aStartWhileAnotherServerRunsTheJobIsRefusedAndARunWhoseServerDiedIsTakenOver() throws Exception {
        String other = Database.queryString("SELECT nextval('portal_id_seq')");
        Database.update("INSERT INTO reconciliation_run (id, started_at, status, started_by) VALUES (?, now(), 'RUNNING', 'server two')", Long.valueOf(other));
        Database.update("UPDATE reconciliation_lock SET run_id = ?, heartbeat_at = now()", Long.valueOf(other));

        HttpResponse<String> refused = new WebClient().post("/test-probe/reconciliation/start", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("already under way").contains("server two");

        // server two died: no heartbeat for longer than portal.reconciliation.stale-minutes
        Database.update("UPDATE reconciliation_lock SET heartbeat_at = now() - INTERVAL '1 hour'");
        long run = runToTheEnd();
        assertThat(run).isNotEqualTo(Long.parseLong(other));
        assertThat(Database.queryString("SELECT status FROM reconciliation_run WHERE id = ?", Long.valueOf(other))).isEqualTo("FAILED");
        assertThat(Database.queryString("SELECT run_id IS NULL FROM reconciliation_lock")).isEqualTo("t");
    }

    @Test
    void aDefaultCardThatExpiresWithinThirtyDaysIsRemindedOnce() throws Exception {
        Properties payer = Portal.newPayer();
        Database.update("UPDATE payment_method SET expiry_year = EXTRACT(YEAR FROM current_date), expiry_month = EXTRACT(MONTH FROM current_date) "
                + "WHERE id = ?", Long.valueOf(payer.getProperty("card")));

        runToTheEnd();
        runToTheEnd();

        MimeMessage reminder = Mailbox.await(MAIL, payer.getProperty("email"), "Your card");
        assertThat(reminder.getSubject()).isEqualTo("Your card ending 4242 expires soon");
        Thread.sleep(2_000);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(mail -> Mailbox.recipient(mail).equals(payer.getProperty("email")))).hasSize(1);
        // the second run found the card reminded already
        assertThat(Database.queryString("SELECT expiry_reminded_at IS NOT NULL FROM payment_method WHERE id = ?", Long.valueOf(payer.getProperty("card"))))
                .isEqualTo("t");
    }

    @Test
    void staffRunTheJobFromTheConsoleWatchItAndReadItsReport() {
        Properties staff = Portal.newStaff(false);
        Properties customer = Portal.newCustomer(true);
        Database.update("UPDATE invoice SET balance = 1.00 WHERE id = ?", Long.valueOf(customer.getProperty("invoiceAtB")));
        try (Browser browser = new Browser()) {
            browser.signIn(staff.getProperty("email"), staff.getProperty("password"));
            browser.open("/staff/reconciliation.xhtml");
            browser.clickAjax("Run now");
            browser.waitForText(By.id("messages"), "The reconciliation has started.");
            String run = Database.queryString("SELECT MAX(id) FROM reconciliation_run WHERE started_by = ?", staff.getProperty("email"));
            browser.waitForText(By.cssSelector("[id='runs:runTable'] .run-" + run), "Completed");
            browser.assertAccessible();

            browser.open("/staff/reconciliation-run.xhtml?id=" + run);
            assertThat(browser.text("runStatus")).isEqualTo("Completed");
            assertThat(Integer.parseInt(browser.text("invoicesFixed"))).isPositive();
            assertThat(browser.pageText()).contains("Invoice " + customer.getProperty("invoiceAtB"));
            browser.assertAccessible();
        }
        assertThat(balanceAndStatus(customer.getProperty("invoiceAtB"))).isEqualTo("40.00 DUE");
    }

    static long start() {
        HttpResponse<String> response = new WebClient().post("/test-probe/reconciliation/start", Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().trim());
    }

    /** Starts a run and waits for it to complete. */
    static long runToTheEnd() throws InterruptedException {
        long run = start();
        waitFor("SELECT status FROM reconciliation_run WHERE id = ?", "COMPLETED", run);
        return run;
    }

    private static void waitFor(String sql, String expected, Object parameter) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        String now = null;
        while (System.currentTimeMillis() < deadline) {
            now = Database.queryString(sql, parameter);
            if (expected.equals(now)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(sql + " is " + now + ", not " + expected);
    }

    private static String finding(long run, String recordId) {
        return Database.queryString("SELECT kind || ' ' || stored_value || ' -> ' || computed_value || ' ' || resolution FROM reconciliation_finding "
                + "WHERE run_id = ? AND record_id = ?", run, Long.valueOf(recordId));
    }

    private static List<String> paymentStatuses(String invoice) {
        return List.of(Database.queryString("SELECT string_agg(status, ',' ORDER BY id) FROM payment WHERE invoice_id = ?", Long.valueOf(invoice)).split(","));
    }
}
