package com.fieldportal.backoffice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Money the contractor owes a customer account. It lowers no balance until applied to invoices.")
public record CreditDocument(
        @Schema(example = "CRD-17") @Size(max = 100) String externalId,
        @Schema(description = "External id of the customer account.", example = "ACC-100", required = true) @NotBlank @Size(max = 100) String account,
        @Schema(example = "CR-17", required = true) @NotBlank @Size(max = 50) String number,
        @Schema(example = "50.00", required = true) @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Schema(example = "Missed visit in March") @Size(max = 500) String reason) implements Document {
}
