package com.fieldportal.backoffice;

import com.fieldportal.invoice.PaymentSource;
import com.fieldportal.invoice.PaymentStatus;
import com.fieldportal.invoice.PaymentType;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A payment taken in the portal (by a customer, or by staff for them), as it stands now. No card numbers: brand and last four only.")
public record PaymentItem(
        @Schema(example = "10777") long id,
        @Schema(description = "The invoice's external id (null for invoices made in the portal).", example = "INV-1001") String invoice,
        @Schema(example = "1001") String invoiceNumber,
        @Schema(description = "What counts against the balance.", example = "120.00") BigDecimal amount,
        @Schema(example = "3.00") BigDecimal convenienceFee,
        @Schema(example = "0.00") BigDecimal refunded,
        @Schema(example = "SUCCEEDED") PaymentStatus status,
        @Schema(example = "CARD") PaymentType methodType,
        @Schema(example = "Visa") String methodBrand,
        @Schema(example = "4242") String methodLastFour,
        @Schema(description = "The payment processor's reference.", example = "sbx_ch_1a2b3c") String gatewayReference,
        @Schema(example = "PORTAL") PaymentSource source,
        @Schema(description = "Who paid (portal payments).", example = "pat@example.com") String paidBy,
        @Schema(example = "2026-03-05T15:30:00Z") Instant createdAt,
        @Schema(example = "2026-03-05T15:30:01Z") Instant settledAt,
        @Schema(description = "When it was made or last changed status.", example = "2026-03-05T15:30:01Z") Instant changedAt) {
}
