package com.fieldportal.payment;

import com.fieldportal.invoice.Payment;
import com.fieldportal.invoice.PaymentStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** What paying shows and e-mails: the amount, the fee, what was charged, how, and the processor's reference. */
public record Receipt(long paymentId, long invoiceId, String invoiceNumber, BigDecimal amount, BigDecimal fee,
                      String method, String reference, PaymentStatus status, String failureReason, Instant at,
                      BigDecimal balanceAfter)
        implements Serializable {

    static Receipt of(Payment payment) {
        return new Receipt(payment.getId(), payment.getInvoice().getId(), payment.getInvoice().getNumber(),
                payment.getPrincipal(), payment.getConvenienceFee(), payment.getMethod().describe(),
                payment.getGatewayReference(), payment.getStatus(), payment.getFailureReason(), payment.getCreatedAt(),
                payment.getInvoice().getBalance());
    }

    public BigDecimal total() {
        return amount.add(fee);
    }

    /** An ACH debit: accepted, not yet settled. */
    public boolean isPending() {
        return status == PaymentStatus.PENDING;
    }
}
