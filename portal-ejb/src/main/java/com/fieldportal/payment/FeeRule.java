package com.fieldportal.payment;

import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The convenience fee: the configured percentage of the amount paid, rounded half-up to cents, on cards only.
 * None on ACH, none where staff waived it for the invoice, and none on debit and prepaid cards when the
 * contractor exempts them. It is charged on top and never lowers the invoice balance.
 *
 * @param percent             0 turns the fee off
 * @param exemptDebitAndPrepaid the contractor's setting for places where surcharging them is forbidden
 */
public record FeeRule(BigDecimal percent, boolean exemptDebitAndPrepaid) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static FeeRule of(PortalSettings settings) {
        return new FeeRule(settings.convenienceFeePercent(), settings.feeExemptDebit());
    }

    public BigDecimal feeFor(BigDecimal amount, PaymentType type, Funding funding, boolean waivedForInvoice) {
        if (!appliesTo(type, funding, waivedForInvoice)) {
            return Money.ZERO;
        }
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    public boolean appliesTo(PaymentType type, Funding funding, boolean waivedForInvoice) {
        if (type != PaymentType.CARD || waivedForInvoice || percent.signum() == 0) {
            return false;
        }
        return !(exemptDebitAndPrepaid && (funding == Funding.DEBIT || funding == Funding.PREPAID));
    }
}
