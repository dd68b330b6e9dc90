package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Paying as a customer does it, in Chromium: the Pay Invoice dialog with its fee, the receipt, a bank payment left
 * pending; adding a card in the payment processor's own fields and removing it; and the staff's side: refunds,
 * checks, credits and waiving the fee.
 */
@ExtendWith(ArquillianExtension.class)
class PayInvoiceIT {

    private static final String EXPIRY = YearMonth.now().plusYears(2).format(DateTimeFormatter.ofPattern("MM/yy"));

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @BeforeEach
    void paymentsOnWithAFeeOfTwoAndAHalfPercent() {
        PaymentsIT.paymentsOn();
    }

    @Test
    void payPartlyByCardSeeingTheFeeThenTheRestByBankAccountWithoutOne() throws Exception {
        Properties payer = Portal.newPayer();
        try (Browser browser = new Browser()) {
            browser.signIn(payer.getProperty("email"), payer.getProperty("password"));
            browser.open("/invoice.xhtml?id=" + payer.getProperty("invoice100"));
            openPayDialog(browser);
            assertThat(browser.text("payDialogContent")).contains("Full balance ($100.00)", "Visa ending 4242")
                    .as("the expired card is not offered").doesNotContain("Mastercard ending 4444");
            assertThat(browser.text("quoteFee")).isEqualTo("$2.50");

            browser.chooseRadio("Other amount");
            browser.typeAndLeave("payDialogContent:amount", "40.00");
            assertThat(browser.text("quoteAmount")).isEqualTo("$40.00");
            assertThat(browser.text("quoteFee")).isEqualTo("$1.00");
            assertThat(browser.text("quoteTotal")).isEqualTo("$41.00");
            browser.clickAjax(By.id("payDialogContent:pay"));
            browser.waitForVisible(By.id("payDialogContent:receipt"));
            assertThat(browser.text("payDialogContent:receipt")).contains("Payment received");
            assertThat(browser.text("receiptAmount")).isEqualTo("$40.00");
            assertThat(browser.text("receiptFee")).isEqualTo("$1.00");
            assertThat(browser.text("invoiceBalance")).isEqualTo("$60.00");
            browser.assertAccessible();
            browser.click("Close");

            openPayDialog(browser);
            browser.choose("payDialogContent:method", "Sandbox Test Bank ending 6789 (Checking account)");
            assertThat(browser.has(By.id("quoteFee"))).as("no fee line for a bank account").isFalse();
            assertThat(browser.text("quoteAmount")).isEqualTo("$60.00");
            browser.clickAjax(By.id("payDialogContent:pay"));
            browser.waitForVisible(By.id("payDialogContent:receipt"));
            assertThat(browser.text("payDialogContent:receipt")).contains("Payment submitted", "few business days");
            browser.click("Close");

            assertThat(browser.text("invoiceBalance")).as("pending until the bank settles").isEqualTo("$60.00");
            assertThat(browser.text("invoiceStatus")).isEqualTo("Due");
            assertThat(browser.text("pendingNotice")).contains("$60.00 is on its way");
            openPayDialog(browser);
            assertThat(browser.text("payDialogContent")).contains("at most $0.00 can be paid now");
            assertThat(browser.attribute("payDialogContent:pay", "disabled")).isNotNull();
        }
        String receipt = GreenMailUtil.getBody(Mailbox.await(MAIL, payer.getProperty("email"), "Payment receipt for invoice " + payer.getProperty("invoice100Number")));
        assertThat(receipt).contains("$40.00", "$1.00", "$41.00", "Visa ending 4242", "sbx_ch_");
        assertThat(GreenMailUtil.getBody(Mailbox.await(MAIL, payer.getProperty("email"), "Payment submitted for invoice " + payer.getProperty("invoice100Number"))))
                .contains("$60.00", "Sandbox Test Bank ending 6789", "few business days");
    }

    @Test
    void aCardIsAddedInTheProcessorsFieldsAndNeverReachesThePortal() throws Exception {
        Properties payer = Portal.newPayer();
        try (Browser browser = new Browser()) {
            browser.signIn(payer.getProperty("email"), payer.getProperty("password"));
            browser.userMenu("Manage Payments");
            assertThat(browser.title()).isEqualTo("Manage Payment Methods");
            browser.clickAjax(By.id("addChoice:addCard"));
            browser.fillFrame("gatewayFields", Map.of("name", "Pat Payer", "number", "5105 1051 0510 5101", "expiry", EXPIRY, "cvc", "123",
                    "postalCode", "62704"), "save");
            assertThat(browser.frameText("gatewayFields", "number-error")).contains("not valid");
            browser.fillFrame("gatewayFields", Map.of("number", "5105 1051 0510 5100"), "save");
            browser.waitForText(By.id("messages"), "Mastercard ending 5100 is saved");
            assertThat(browser.text("methods:savedMethods")).contains("Mastercard ending 5100", "Prepaid card, expires " + EXPIRY.substring(0, 3));
            browser.assertAccessible();

            assertThat(Database.tablesContaining("5105105105105100")).as("tables holding the card number").isEmpty();
            assertThat(Database.tablesContaining("51051051")).as("tables holding digits of its middle").isEmpty();
            String log = Files.readString(Path.of(System.getProperty("portal.server.log")));
            assertThat(log).doesNotContain("5105105105105100").doesNotContain("5105 1051 0510 5100");

            browser.clickAjaxInRow("method-5100", "Remove");
            browser.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("messages"), "Mastercard ending 5100 is removed");
            browser.waitForTextGone(By.id("methods:savedMethods"), "5100");
        }
        assertThat(Database.queryString("SELECT COUNT(*) FROM audit_event WHERE actor_name = ? AND action IN ('PAYMENT_METHOD_ADDED', "
                + "'PAYMENT_METHOD_REMOVED')", payer.getProperty("email"))).isEqualTo("2");
    }

    @Test
    void addingAMethodFromThePayDialogComesBackWithItChosen() {
        Properties payer = Portal.newPayer();
        try (Browser browser = new Browser()) {
            browser.signIn(payer.getProperty("email"), payer.getProperty("password"));
            browser.open("/invoice.xhtml?id=" + payer.getProperty("invoice250"));
            openPayDialog(browser);
            browser.click("Add a bank account");
            browser.fillFrame("gatewayFields", Map.of("holder", "Pat Payer", "routing", "110000000", "account", "000111111116",
                    "accountType", "savings"), "save");
            browser.waitForVisible(By.id("payDialogContent:pay"));
            assertThat(browser.path()).startsWith("/portal/invoice.xhtml?id=" + payer.getProperty("invoice250") + "&pay=");
            assertThat(browser.text("payDialogContent:method")).contains("Sandbox Test Bank ending 1116 (Savings account)");
            assertThat(browser.has(By.id("quoteFee"))).isFalse();
        }
    }

    @Test
    void staffRefundRecordACheckApplyACreditAndWaiveTheFee() throws Exception {
        Properties payer = Portal.newPayer();
        WebClient customer = PaymentsIT.signedIn(payer);
        String invoice = payer.getProperty("invoice100");
        assertThat(PaymentsIT.pay(customer, invoice, payer.getProperty("card"), "100.00", PaymentsIT.key()).statusCode()).isEqualTo(200);
        Properties admin = Portal.newStaff(true);
        try (Browser browser = new Browser()) {
            browser.signIn(admin.getProperty("email"), admin.getProperty("password"));
            browser.open("/staff/payments.xhtml");
            browser.type("payments:text", payer.getProperty("invoice100Number"));
            browser.clickAjax(By.id("payments:filter"));
            assertThat(browser.text("payments:paymentTable")).contains("Visa ending 4242", "$100.00", "+ fee $2.50", "Succeeded");
            browser.clickAjax(By.cssSelector("button.refund"));
            browser.waitForVisible(By.id("refundForm:refundAmount"));
            browser.type("refundForm:refundAmount", "100.01");
            browser.clickAjax(By.id("refundForm:confirmRefund"));
            assertThat(browser.text("messages")).contains("At most 100.00");
            browser.clickAjax(By.cssSelector("button.refund"));
            browser.waitForVisible(By.id("refundForm:refundAmount"));
            browser.type("refundForm:refundAmount", "30.00");
            browser.clickAjax(By.id("refundForm:confirmRefund"));
            assertThat(browser.text("messages")).contains("Refunded $30.00");
            assertThat(PaymentsIT.balanceAndStatus(invoice)).isEqualTo("30.00 DUE");

            browser.open("/staff/customer.xhtml?id=" + payer.getProperty("accountId"));
            browser.clickAjax(By.id("credits:newCredit"));
            browser.waitForVisible(By.id("creditForm:creditAmount"));
            browser.type("creditForm:creditAmount", "15.00");
            browser.type("creditForm:creditReason", "Goodwill for a <b>late</b> visit");
            browser.clickAjax(By.id("creditForm:saveCredit"));
            assertThat(browser.text("credits:creditTable")).contains("Goodwill for a <b>late</b> visit", "$15.00");

            browser.open("/staff/invoice.xhtml?id=" + invoice);
            browser.clickAjax(By.id("invoiceActions:recordOffline"));
            browser.waitForVisible(By.id("offlineForm:offlineAmount"));
            browser.type("offlineForm:offlineAmount", "10.00");
            browser.type("offlineForm:checkNumber", "1042");
            browser.clickAjax(By.id("offlineForm:saveOffline"));
            assertThat(browser.text("messages")).contains("Recorded $10.00 by check 1042");
            browser.clickAjax(By.id("invoiceActions:applyCredit"));
            browser.waitForVisible(By.id("creditForm:creditAmount"));
            browser.type("creditForm:creditAmount", "15.00");
            browser.clickAjax(By.id("creditForm:saveCredit"));
            assertThat(browser.text("invoiceBalance")).isEqualTo("$5.00");
            browser.toggle("invoiceActions:feeWaived");
            browser.waitForAjax();
            assertThat(browser.text("messages")).contains("pay no convenience fee");
            browser.assertAccessible();
        }
        assertThat(PaymentsIT.pay(customer, invoice, payer.getProperty("card"), "5.00", PaymentsIT.key()).body())
                .as("no fee once waived").contains("fee=0.00", "balance=0.00");
        assertThat(Database.queryString("SELECT c.refunded FROM sandbox_charge c JOIN payment p ON p.gateway_reference = c.reference "
                + "WHERE p.invoice_id = ? AND p.refunded > 0", Long.valueOf(invoice))).as("the gateway gave it back").isEqualTo("30.00");
        assertThat(GreenMailUtil.getBody(Mailbox.await(MAIL, payer.getProperty("email"), "Refund for invoice " + payer.getProperty("invoice100Number"))))
                .contains("$30.00", "Visa ending 4242");
        assertThat(Database.queryString("SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE actor_name = ?", admin.getProperty("email")))
                .contains("PAYMENT_REFUNDED", "CREDIT_RECORDED", "PAYMENT_RECORDED", "CREDIT_APPLIED", "FEE_WAIVED");
    }

    private static void openPayDialog(Browser browser) {
        browser.clickAjax(By.id("payOpen:payInvoice"));
        browser.waitForVisible(By.id("payDialogContent:pay"));
    }
}
