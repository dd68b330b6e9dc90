package com.fieldportal.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.Property;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The balance rule of DESIGN.md on the entities themselves. */
class InvoiceBalanceTest {

    private static final Address ADDRESS = new Address("1 Main St", "Springfield", "IL", "62704");
    private final CustomerAccount account = new CustomerAccount("A", "C-1", "Account", ADDRESS);
    private final Property property = new Property("P", account, "Property", ADDRESS);
    private int keys;

    @Test
    void aNewInvoiceIsDueForItsTotal() {
        Invoice invoice = invoice("100.00");
        invoice.addLine("Extra", new BigDecimal("2"), new BigDecimal("12.50"));
        assertThat(invoice.getTotal()).isEqualByComparingTo("125.00");
        assertThat(invoice.getBalance()).isEqualByComparingTo("125.00");
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.DUE);
    }

    @Test
    void onlySucceededPaymentsLowerTheBalance() {
        Invoice invoice = invoice("100.00");
        Payment pending = pay(invoice, "30.00");
        assertThat(invoice.getBalance()).isEqualByComparingTo("100.00");
        assertThat(invoice.getPayable()).isEqualByComparingTo("70.00");

        pending.succeed("gw-1", Instant.now());
        assertThat(invoice.getBalance()).isEqualByComparingTo("70.00");
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.DUE);
    }

    @Test
    void theConvenienceFeeNeverLowersTheBalance() {
        Invoice invoice = invoice("100.00");
        invoice.recordPayment(null, card(), new BigDecimal("40.00"), new BigDecimal("1.00"), key(), PaymentSource.PORTAL, Instant.now())
                .succeed("gw", Instant.now());
        assertThat(invoice.getBalance()).isEqualByComparingTo("60.00");
    }

    @Test
    void payingTheWholeBalanceMakesTheInvoicePaid() {
        Invoice invoice = invoice("100.00");
        pay(invoice, "100.00").succeed("gw", Instant.now());
        assertThat(invoice.getBalance()).isEqualByComparingTo("0.00");
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void paymentsMustBePositiveAndNotExceedWhatIsLeft() {
        Invoice invoice = invoice("100.00");
        assertThatThrownBy(() -> pay(invoice, "0.00")).isInstanceOf(BusinessException.class).hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> pay(invoice, "-5.00")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> pay(invoice, "100.01")).isInstanceOf(BusinessException.class).hasMessageContaining("more than");
        pay(invoice, "60.00");
        assertThatThrownBy(() -> pay(invoice, "40.01")).as("a pending payment counts against what may be paid")
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void amountsHaveAtMostTwoDecimals() {
        Invoice invoice = invoice("100.00");
        assertThatThrownBy(() -> pay(invoice, "10.005")).isInstanceOf(BusinessException.class).hasMessageContaining("two decimals");
        assertThat(pay(invoice, "10.50").getPrincipal()).isEqualByComparingTo("10.50");
    }

    @Test
    void aDeclinedPaymentTakesNothingAndFreesTheAmount() {
        Invoice invoice = invoice("100.00");
        Payment declined = pay(invoice, "100.00");
        declined.fail("gw-1", "Your card was declined.", Instant.now());
        assertThat(invoice.getBalance()).isEqualByComparingTo("100.00");
        assertThat(invoice.getPayable()).isEqualByComparingTo("100.00");
        assertThatThrownBy(() -> declined.succeed("gw-1", Instant.now())).isInstanceOf(BusinessException.class);
    }

    @Test
    void refundsRaiseTheBalanceByWhatWasGivenBack() {
        Invoice invoice = invoice("100.00");
        Payment payment = invoice.recordPayment(null, card(), new BigDecimal("100.00"), new BigDecimal("2.50"), key(),
                PaymentSource.PORTAL, Instant.now());
        payment.succeed("gw-1", Instant.now());
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);

        payment.refund(new BigDecimal("30.00"));
        assertThat(invoice.getBalance()).isEqualByComparingTo("30.00");
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.DUE);
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThatThrownBy(() -> payment.refund(new BigDecimal("70.01"))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("70.00");

        payment.refund(new BigDecimal("70.00"));
        assertThat(invoice.getBalance()).isEqualByComparingTo("100.00");
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThatThrownBy(() -> payment.refund(new BigDecimal("0.01"))).isInstanceOf(BusinessException.class);
    }

    @Test
    void aReturnedBankPaymentNoLongerCounts() {
        Invoice invoice = invoice("100.00");
        Payment payment = pay(invoice, "100.00");
        payment.acceptPending("gw-ach");
        assertThat(invoice.getPayable()).as("pending until settled").isEqualByComparingTo("0.00");
        payment.succeed("gw-ach", Instant.now());
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);

        payment.markReturned("R01", Instant.now());
        assertThat(invoice.getBalance()).isEqualByComparingTo("100.00");
        assertThat(invoice.getPayable()).isEqualByComparingTo("100.00");
    }

    @Test
    void appliedCreditLowersTheBalanceAndTheCreditsRemainder() {
        Invoice invoice = invoice("200.00");
        Credit credit = new Credit(account, "CR-1", null, new BigDecimal("120.00"), "Missed visit", Instant.now());
        invoice.applyCredit(credit, new BigDecimal("50.00"), Instant.now());
        assertThat(invoice.getBalance()).isEqualByComparingTo("150.00");
        assertThat(credit.getRemaining()).isEqualByComparingTo("70.00");
    }

    @Test
    void aCreditCannotGiveMoreThanItHasNorMoreThanIsDueNorCrossAccounts() {
        Invoice invoice = invoice("200.00");
        Credit small = new Credit(account, "CR-1", null, new BigDecimal("20.00"), "Small", Instant.now());
        assertThatThrownBy(() -> invoice.applyCredit(small, new BigDecimal("20.01"), Instant.now())).isInstanceOf(BusinessException.class);

        Credit big = new Credit(account, "CR-2", null, new BigDecimal("500.00"), "Big", Instant.now());
        assertThatThrownBy(() -> invoice.applyCredit(big, new BigDecimal("200.01"), Instant.now())).isInstanceOf(BusinessException.class);

        CustomerAccount other = new CustomerAccount("B", "C-2", "Other", ADDRESS);
        Credit others = new Credit(other, "CR-3", null, new BigDecimal("50.00"), "Other", Instant.now());
        assertThatThrownBy(() -> invoice.applyCredit(others, new BigDecimal("10.00"), Instant.now()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("another customer account");
        assertThat(invoice.getBalance()).isEqualByComparingTo("200.00");
    }

    @Test
    void aCreditCannotCoverWhatAPendingPaymentAlreadyPays() {
        Invoice invoice = invoice("200.00");
        pay(invoice, "150.00");
        Credit credit = new Credit(account, "CR-1", null, new BigDecimal("100.00"), "Credit", Instant.now());
        assertThatThrownBy(() -> invoice.applyCredit(credit, new BigDecimal("50.01"), Instant.now()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("50.00 left to credit");
        invoice.applyCredit(credit, new BigDecimal("50.00"), Instant.now());
        assertThat(invoice.getPayable()).isEqualByComparingTo("0.00");
    }

    @Test
    void aLineIsItsQuantityTimesItsUnitPriceInCents() {
        Invoice invoice = invoice("0.00");
        InvoiceLine line = invoice.addLine("Fertilizer (lb)", new BigDecimal("3"), new BigDecimal("0.335"));
        assertThat(line.getAmount()).as("3 x 0.34, not 3 x 0.335 rounded").isEqualByComparingTo("1.02");
        assertThat(invoice.getTotal()).isEqualByComparingTo("1.02");
    }

    @Test
    void theTitleNamesTheJobOnlyWhenThereIsOne() {
        Invoice single = invoice("10.00");
        assertThat(single.getTitle()).isEqualTo("INV-1 · Job");
        single.addOpportunity("Second job", null);
        assertThat(single.getTitle()).isEqualTo("INV-1");
    }

    private Invoice invoice(String amount) {
        Invoice invoice = new Invoice("INV-1", null, property, null, LocalDate.now(), LocalDate.now().plusDays(30));
        invoice.addOpportunity("Job", null);
        invoice.addLine("Work", BigDecimal.ONE, new BigDecimal(amount));
        return invoice;
    }

    private Payment pay(Invoice invoice, String amount) {
        return invoice.recordPayment(null, new MethodSnapshot(PaymentType.ACH, "Bank", "0001"), new BigDecimal(amount),
                BigDecimal.ZERO, key(), PaymentSource.PORTAL, Instant.now());
    }

    private static MethodSnapshot card() {
        return new MethodSnapshot(PaymentType.CARD, "Visa", "4242");
    }

    private String key() {
        return "key-" + keys++;
    }
}
