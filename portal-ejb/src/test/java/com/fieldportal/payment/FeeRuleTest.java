package com.fieldportal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldportal.invoice.PaymentType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeRuleTest {

    private final FeeRule fee = new FeeRule(new BigDecimal("2.50"), false);

    @Test
    void cardsPayThePercentageRoundedHalfUpToCents() {
        assertThat(fee.feeFor(new BigDecimal("100.00"), PaymentType.CARD, Funding.CREDIT, false)).isEqualByComparingTo("2.50");
        assertThat(fee.feeFor(new BigDecimal("10.10"), PaymentType.CARD, Funding.CREDIT, false))
                .as("0.2525 rounds down").isEqualByComparingTo("0.25");
        assertThat(fee.feeFor(new BigDecimal("10.20"), PaymentType.CARD, Funding.CREDIT, false))
                .as("0.255 rounds half up").isEqualByComparingTo("0.26");
        assertThat(fee.feeFor(new BigDecimal("0.01"), PaymentType.CARD, Funding.CREDIT, false)).isEqualByComparingTo("0.00");
        assertThat(fee.feeFor(new BigDecimal("0.20"), PaymentType.CARD, Funding.CREDIT, false))
                .as("0.005 rounds up to a cent").isEqualByComparingTo("0.01");
    }

    @Test
    void bankAccountsNeverPayIt() {
        assertThat(fee.feeFor(new BigDecimal("100.00"), PaymentType.ACH, null, false)).isEqualByComparingTo("0.00");
        assertThat(fee.appliesTo(PaymentType.ACH, null, false)).isFalse();
    }

    @Test
    void aWaivedInvoiceOrAZeroPercentageMeansNoFee() {
        assertThat(fee.feeFor(new BigDecimal("100.00"), PaymentType.CARD, Funding.CREDIT, true)).isEqualByComparingTo("0.00");
        assertThat(new FeeRule(BigDecimal.ZERO, false).feeFor(new BigDecimal("100.00"), PaymentType.CARD, Funding.CREDIT, false))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void debitAndPrepaidCardsPayItUnlessTheContractorExemptsThem() {
        assertThat(fee.feeFor(new BigDecimal("100.00"), PaymentType.CARD, Funding.DEBIT, false)).isEqualByComparingTo("2.50");
        FeeRule exempt = new FeeRule(new BigDecimal("2.50"), true);
        assertThat(exempt.feeFor(new BigDecimal("100.00"), PaymentType.CARD, Funding.DEBIT, false)).isEqualByComparingTo("0.00");
        assertThat(exempt.feeFor(new BigDecimal("100.00"), PaymentType.CARD, Funding.PREPAID, false)).isEqualByComparingTo("0.00");
        assertThat(exempt.feeFor(new BigDecimal("100.00"), PaymentType.CARD, Funding.CREDIT, false)).isEqualByComparingTo("2.50");
    }
}
