package com.fieldportal.backoffice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Part of a credit applied to an invoice of the same account: at most what is left of the credit and of the balance.")
public record CreditApplicationDocument(
        @Schema(example = "APP-1") @Size(max = 100) String externalId,
        @Schema(description = "External id of the credit.", example = "CRD-17", required = true) @NotBlank @Size(max = 100) String credit,
        @Schema(description = "External id of the invoice.", example = "INV-1001", required = true) @NotBlank @Size(max = 100) String invoice,
        @Schema(example = "25.00", required = true) @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount) implements Document {
}
