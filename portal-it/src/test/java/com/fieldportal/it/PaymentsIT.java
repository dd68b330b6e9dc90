package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paying invoices through the pay service as a signed-in contact (the probe servlet stands for a second tab or a
 * script), against the sandbox gateway and PostgreSQL: balances, the fee, refused amounts, declines, exactly one
 * charge per attempt, and nobody else's invoices or cards.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    /** Invoices shown, electronic payments on, a card fee of 2.5 % for every card. */
    @BeforeEach
    void paymentsOnWithAFeeOfTwoAndAHalfPercent() {
        paymentsOn();
    }

    static void paymentsOn() {
        Database.update("UPDATE portal_configuration SET show_invoices = TRUE, electronic_payments = TRUE, convenience_fee_percent = 2.50,"
                + " fee_exempt_debit = FALSE");
    }

    @Test
    void fullAndPartialPaymentsChangeTheBalanceAndStatusExactly() {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        String invoice = payer.getProperty("invoice100");

        Map<String, String> partial = ok(pay(web, invoice, payer.getProperty("card"), "30.00", key()));
        assertThat(partial).containsEntry("status", "SUCCEEDED").containsEntry("amount", "30.00").containsEntry("balance", "70.00");
        assertThat(balanceAndStatus(invoice)).isEqualTo("70.00 DUE");

        Map<String, String> rest = ok(pay(web, invoice, payer.getProperty("card"), "70", key()));
        assertThat(rest).containsEntry("amount", "70.00").containsEntry("balance", "0.00");
        assertThat(balanceAndStatus(invoice)).isEqualTo("0.00 PAID");
        assertThat(pay(web, invoice, payer.getProperty("card"), "1.00", key()).body()).contains("paid already");
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE action = 'PAYMENT_SUCCEEDED' AND actor_name = ?",
                payer.getProperty("email"))).isEqualTo("2");
    }

    @Test
    void theFeeIsOnCardsOnlyAndRoundedHalfUpToCents() {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        assertThat(ok(pay(web, payer.getProperty("invoice333"), payer.getProperty("card"), "333.33", key())))
                .as("2.5 % of 333.33 is 8.33325").containsEntry("fee", "8.33");
        assertThat(ok(pay(web, payer.getProperty("invoice100"), payer.getProperty("card"), "10.20", key())))
                .as("2.5 % of 10.20 is 0.255, half up").containsEntry("fee", "0.26");
        assertThat(ok(pay(web, payer.getProperty("invoice100"), payer.getProperty("bank"), "50.00", key())))
                .as("never on a bank account").containsEntry("fee", "0.00").containsEntry("status", "PENDING");
        assertThat(ok(pay(web, payer.getProperty("invoice250"), payer.getProperty("debit"), "100.00", key())))
                .as("debit cards pay it unless exempted").containsEntry("fee", "2.50");

        Database.update("UPDATE portal_configuration SET fee_exempt_debit = TRUE");
        assertThat(ok(pay(web, payer.getProperty("invoice250"), payer.getProperty("debit"), "100.00", key())))
                .as("exempted").containsEntry("fee", "0.00");
        assertThat(ok(pay(web, payer.getProperty("invoice250"), payer.getProperty("card"), "10.00", key())))
                .as("credit cards still pay it").containsEntry("fee", "0.25");
        assertThat(Database.queryString("SELECT SUM(amount) FROM sandbox_charge WHERE idempotency_key IN "
                + "(SELECT idempotency_key FROM payment p JOIN invoice i ON i.id = p.invoice_id WHERE i.id = ?)", Long.valueOf(payer.getProperty("invoice333"))))
                .as("the card was charged the amount and the fee").isEqualTo("341.66");
    }

    @Test
    void zeroNegativeOverBalanceAndThreeDecimalAmountsAreRefusedAndNothingIsCharged() {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        String invoice = payer.getProperty("invoice100");
        String card = payer.getProperty("card");
        assertThat(refused(pay(web, invoice, card, "0", key()))).contains("greater than zero");
        assertThat(refused(pay(web, invoice, card, "-5.00", key()))).contains("greater than zero");
        assertThat(refused(pay(web, invoice, card, "100.01", key()))).contains("more than the 100.00");
        assertThat(refused(pay(web, invoice, card, "10.005", key()))).contains("two decimals");
        assertThat(Database.queryString("SELECT COUNT(*) FROM payment WHERE invoice_id = ?", Long.valueOf(invoice))).isEqualTo("0");
        assertThat(balanceAndStatus(invoice)).isEqualTo("100.00 DUE");
    }

    @Test
    void aDeclinedCardRecordsNothingAsPaidAndSaysWhy() {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        String invoice = payer.getProperty("invoice100");
        HttpResponse<String> declined = pay(web, invoice, payer.getProperty("declining"), "100.00", key());
        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(declined.body()).contains("Your card was declined");
        HttpResponse<String> poor = pay(web, invoice, payer.getProperty("poor"), "100.00", key());
        assertThat(poor.body()).contains("insufficient funds");
        assertThat(balanceAndStatus(invoice)).isEqualTo("100.00 DUE");
        assertThat(Database.queryString("SELECT string_agg(status, ',') FROM payment WHERE invoice_id = ?", Long.valueOf(invoice)))
                .isEqualTo("FAILED,FAILED");
        assertThat(ok(pay(web, invoice, payer.getProperty("card"), "100.00", key()))).as("a declined amount may be paid again")
                .containsEntry("balance", "0.00");
    }

    @Test
    void aLostGatewayAnswerLeavesThePaymentUnconfirmedUntilTheSameAttemptAsksAgain() {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        String invoice = payer.getProperty("invoice100");
        String attempt = key();
        assertThat(refused(pay(web, invoice, payer.getProperty("lost"), "100.00", attempt))).contains("did not answer", "not be charged twice");
        assertThat(balanceAndStatus(invoice)).as("not paid as far as we know").isEqualTo("100.00 DUE");
        assertThat(Database.queryString("SELECT status FROM payment WHERE idempotency_key = ?", attempt)).isEqualTo("PENDING");
        assertThat(refused(pay(web, invoice, payer.getProperty("card"), "1.00", key()))).as("the amount is held meanwhile")
                .contains("on its way");

        assertThat(ok(pay(web, invoice, payer.getProperty("lost"), "100.00", attempt))).containsEntry("status", "SUCCEEDED")
                .containsEntry("balance", "0.00");
        assertThat(Database.queryString("SELECT COUNT(*) FROM sandbox_charge WHERE idempotency_key = ?", attempt)).isEqualTo("1");
    }

    @Test
    void tenConcurrentSubmitsOfOneAttemptChargeOnce() throws Exception {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        String invoice = payer.getProperty("invoice250");
        String attempt = key();
        List<HttpResponse<String>> answers = inParallel(10, i -> pay(web, invoice, payer.getProperty("card"), "120.00", attempt));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
        assertThat(answers.stream().map(a -> parse(a.body()).get("reference")).distinct()).as("one charge, one reference").hasSize(1);
        assertThat(Database.queryString("SELECT COUNT(*) FROM sandbox_charge WHERE idempotency_key = ?", attempt)).isEqualTo("1");
        assertThat(Database.queryString("SELECT COUNT(*) FROM payment WHERE invoice_id = ?", Long.valueOf(invoice))).isEqualTo("1");
        assertThat(balanceAndStatus(invoice)).isEqualTo("130.00 DUE");
    }

    @Test
    void twoTabsPayingTheWholeBalanceAtOnceChargeOnlyOne() throws Exception {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        String invoice = payer.getProperty("invoice100");
        List<HttpResponse<String>> answers = inParallel(2, i -> pay(web, invoice, payer.getProperty("card"), "100.00", key()));
        assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList()).isEqualTo(List.of(200, 422));
        assertThat(Database.queryString("SELECT COUNT(*) FROM payment WHERE invoice_id = ?", Long.valueOf(invoice))).isEqualTo("1");
        assertThat(balanceAndStatus(invoice)).isEqualTo("0.00 PAID");
    }

    @Test
    void aPendingBankPaymentLeavesTheBalanceButCannotBePaidTwice() {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        String invoice = payer.getProperty("invoice100");
        assertThat(ok(pay(web, invoice, payer.getProperty("bank"), "100.00", key()))).containsEntry("status", "PENDING");
        assertThat(balanceAndStatus(invoice)).isEqualTo("100.00 DUE");
        assertThat(parse(web.get("/test-probe/payment/options?invoice=" + invoice).body())).containsEntry("payable", "0.00")
                .containsEntry("pending", "100.00");
        assertThat(refused(pay(web, invoice, payer.getProperty("card"), "1.00", key()))).contains("on its way");
        assertThat(web.get("/invoice.xhtml?id=" + invoice).body()).contains("is on its way");
    }

    @Test
    void anExpiredCardIsNotOfferedAndCannotPay() {
        Properties payer = Portal.newPayer();
        WebClient web = signedIn(payer);
        Map<String, String> options = parse(web.get("/test-probe/payment/options?invoice=" + payer.getProperty("invoice100")).body());
        assertThat(options.get("methods").split(",")).contains(payer.getProperty("card"), payer.getProperty("bank"))
                .doesNotContain(payer.getProperty("expired"));
        assertThat(options.get("saved")).as("Manage Payment Methods still lists it, to be removed").contains("Mastercard ending 4444");
        assertThat(refused(pay(web, payer.getProperty("invoice100"), payer.getProperty("expired"), "10.00", key()))).contains("has expired");
    }

    @Test
    void anotherAccountsInvoiceOrPaymentMethodIsNotFound() {
        Properties mine = Portal.newPayer();
        Properties theirs = Portal.newPayer();
        WebClient web = signedIn(mine);
        assertThat(pay(web, theirs.getProperty("invoice100"), mine.getProperty("card"), "10.00", key()).statusCode()).isEqualTo(404);
        assertThat(pay(web, mine.getProperty("invoice100"), theirs.getProperty("card"), "10.00", key()).statusCode()).isEqualTo(404);
        assertThat(web.post("/test-probe/payment/remove?method=" + theirs.getProperty("card"), Map.of()).statusCode()).isEqualTo(404);
        assertThat(web.get("/invoice.pdf?id=" + theirs.getProperty("invoice100")).statusCode()).isEqualTo(404);
        assertThat(Database.queryString("SELECT COUNT(*) FROM payment WHERE invoice_id IN (?, ?)", Long.valueOf(mine.getProperty("invoice100")),
                Long.valueOf(theirs.getProperty("invoice100")))).isEqualTo("0");
        assertThat(Database.queryString("SELECT active FROM payment_method WHERE id = ?", Long.valueOf(theirs.getProperty("card")))).isEqualTo("t");
    }

    static WebClient signedIn(Properties customer) {
        WebClient web = new WebClient();
        web.signIn(customer.getProperty("email"), customer.getProperty("password"));
        return web;
    }

    static HttpResponse<String> pay(WebClient web, String invoice, String method, String amount, String key) {
        return web.post("/test-probe/payment/pay?invoice=" + invoice + "&method=" + method + "&amount=" + amount + "&key=" + key, Map.of());
    }

    static String balanceAndStatus(String invoice) {
        return Database.queryString("SELECT balance || ' ' || status FROM invoice WHERE id = ?", Long.valueOf(invoice));
    }

    private static Map<String, String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private static String refused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return response.body();
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String line : body.split("\n")) {
            int at = line.indexOf('=');
            if (at > 0) {
                values.put(line.substring(0, at), line.substring(at + 1));
            }
        }
        return values;
    }

    static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private interface Call {
        HttpResponse<String> run(int i);
    }

    /** All at once: the threads wait for each other before they send. */
    private static List<HttpResponse<String>> inParallel(int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(threads);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.countDown();
                    start.await();
                    return call.run(n);
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
