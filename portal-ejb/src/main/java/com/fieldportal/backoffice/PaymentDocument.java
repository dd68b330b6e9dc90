package com.fieldportal.backoffice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A payment the back office received (check, cash, its own card terminal, a bank transfer). It settles at once.")
public record PaymentDocument(
        @Schema(example = "PAY-9001") @Size(max = 100) String externalId,
        @Schema(description = "External id of the invoice.", example = "INV-1001", required = true) @NotBlank @Size(max = 100) String invoice,
        @Schema(description = "At most the invoice's balance.", example = "120.00", required = true)
        @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Schema(example = "CHECK", required = true) @NotNull ReceivedBy method,
        @Schema(description = "Check number or the terminal's reference.", example = "1042") @Size(max = 30) String reference,
        @Schema(example = "2026-03-05T15:30:00Z", required = true) @NotNull Instant receivedAt) implements Document {

    public enum ReceivedBy {
        CHECK, CASH, CARD, BANK_TRANSFER
    }
}
