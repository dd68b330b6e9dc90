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
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the back office may change on invoices, payments and credits it sent again, on the entities themselves. */
class BackOfficeRevisionTest {

    private static final Address ADDRESS = new Address("1 Main St", "Springfield", "IL", "62704");
    private static final LocalDate DATE = LocalDate.of(2026, 11, 1);
    private final CustomerAccount account = new CustomerAccount("A", "C-1", "Account", ADDRESS);
    private final Property property = new Property("P", account, "Property", ADDRESS);

    @Test
    void theSameInvoiceAgainChangesNothingAndAChangeSaysWhat() {
        Invoice invoice = invoice(lines("4", "45.00"));
        assertThat(invoice.revise("1001", property, null, DATE, null, lines("4", "45"), List.of()).isEmpty()).isTrue();

        String changes = invoice.revise("1001", property, null, DATE, null, lines("5", "45.00"), List.of()).toString();
        assertThat(changes).contains("lines", "× 4 @ 45.00", "× 5 @ 45.00");
        assertThat(invoice.getTotal()).isEqualByComparingTo("225.00");
        assertThat(invoice.getBalance()).isEqualByComparingTo("225.00");
        assertThat(invoice.getLines()).hasSize(1);
    }

    @Test
    void aTotalBelowWhatWasPaidIsRefusedAndLeavesTheInvoiceAsItWas() {
        Invoice invoice = invoice(lines("4", "45.00"));
        invoice.recordReceived("PAY-1", check(), new BigDecimal("100.00"), Instant.now());
        assertThat(invoice.getBalance()).isEqualByComparingTo("80.00");

        assertThatThrownBy(() -> invoice.revise("1002", property, null, DATE, null, lines("1", "45.00"), List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("less than the 100.00 already paid");
        assertThat(invoice.getNumber()).isEqualTo("1001");
        assertThat(invoice.getTotal()).isEqualByComparingTo("180.00");
        assertThatThrownBy(() -> invoice.revise("1001", property, null, DATE, null, lines("-1", "45.00"), List.of()))
                .hasMessageContaining("cannot total less than zero");
    }

    @Test
    void aPaymentStillOnItsWayCountsAsReceived() {
        Invoice invoice = invoice(lines("1", "100.00"));
        invoice.recordPayment(null, new MethodSnapshot(PaymentType.ACH, "Bank", "6789"), new BigDecimal("100.00"), BigDecimal.ZERO, "ach-1",
                PaymentSource.PORTAL, Instant.now());
        assertThatThrownBy(() -> invoice.revise("1001", property, null, DATE, null, lines("1", "50.00"), List.of()))
                .hasMessageContaining("less than the 100.00 already paid, credited or on its way");
    }

    @Test
    void amountsBeyondWhatTheDatabaseKeepsAreRefused() {
        Invoice invoice = invoice(lines("1", "10.00"));
        assertThatThrownBy(() -> invoice.revise("1001", property, null, DATE, null, lines("1000", "10000000.00"), List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("amounts go up to 9999999999.99");
        assertThat(invoice.getTotal()).isEqualByComparingTo("10.00");
    }

    @Test
    void aPaymentTheBackOfficeRecordedCanBeCorrectedWithinTheBalance() {
        Invoice invoice = invoice(lines("4", "45.00"));
        Payment payment = invoice.recordReceived("PAY-1", check(), new BigDecimal("100.00"), Instant.now());
        assertThat(payment.getSource()).isEqualTo(PaymentSource.BACK_OFFICE);
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(invoice.reviseReceived(payment, check(), new BigDecimal("100.00"), payment.getCreatedAt()).isEmpty()).isTrue();

        invoice.reviseReceived(payment, check(), new BigDecimal("180.00"), payment.getCreatedAt());
        assertThat(invoice.getBalance()).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> invoice.reviseReceived(payment, check(), new BigDecimal("180.01"), payment.getCreatedAt()))
                .hasMessageContaining("more than the 180.00");
        assertThatThrownBy(() -> invoice.recordReceived("PAY-2", check(), new BigDecimal("0.01"), Instant.now()))
                .hasMessageContaining("nothing left to pay");
    }

    @Test
    void aCreditCannotShrinkBelowWhatWasAppliedNorBeAppliedTwice() {
        Invoice invoice = invoice(lines("1", "100.00"));
        Credit credit = new Credit(account, "CR-1", "CRD-1", new BigDecimal("50.00"), "Missed visit", Instant.now());
        CreditApplication application = invoice.applyCredit(credit, new BigDecimal("30.00"), Instant.now());

        assertThatThrownBy(() -> credit.revise("CR-1", new BigDecimal("29.99"), "Missed visit")).hasMessageContaining("30.00 applied already");
        credit.revise("CR-1", new BigDecimal("40.00"), "Missed visit");
        assertThat(credit.getRemaining()).isEqualByComparingTo("10.00");

        assertThatThrownBy(() -> invoice.reviseCredit(application, new BigDecimal("40.01"))).hasMessageContaining("only 40.00 left to apply");
        invoice.reviseCredit(application, new BigDecimal("40.00"));
        assertThat(credit.getRemaining()).isEqualByComparingTo("0.00");
        assertThat(invoice.getBalance()).isEqualByComparingTo("60.00");
    }

    private Invoice invoice(List<LineItem> lines) {
        Invoice invoice = new Invoice("1001", "INV-1", property, null, DATE, null);
        invoice.revise("1001", property, null, DATE, null, lines, List.of());
        return invoice;
    }

    private static List<LineItem> lines(String quantity, String unitPrice) {
        return List.of(new LineItem("Mowing", new BigDecimal(quantity), new BigDecimal(unitPrice)));
    }

    private static MethodSnapshot check() {
        return new MethodSnapshot(PaymentType.OFFLINE, "Check 1042", null);
    }
}
