package com.fieldportal.payment;

import com.fieldportal.invoice.MethodSnapshot;
import com.fieldportal.invoice.PaymentSource;
import com.fieldportal.invoice.PaymentStatus;
import com.fieldportal.invoice.PaymentType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the staff's payments list. {@code payer} is null for payments staff recorded. */
public record PaymentRow(long id, Instant createdAt, long invoiceId, String invoiceNumber, long accountId, String accountName,
                         String payer, PaymentType type, String brand, String lastFour, BigDecimal principal,
                         BigDecimal fee, BigDecimal refunded, PaymentStatus status, String reference, PaymentSource source)
        implements Serializable {

    public String method() {
        return new MethodSnapshot(type, brand, lastFour).describe();
    }

    /** Card payments that settled can be refunded, as long as something of them is left. */
    public boolean isRefundable() {
        return type == PaymentType.CARD && status == PaymentStatus.SUCCEEDED && principal.compareTo(refunded) > 0;
    }

    public BigDecimal refundable() {
        return principal.subtract(refunded);
    }
}
