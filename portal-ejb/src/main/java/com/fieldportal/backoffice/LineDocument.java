package com.fieldportal.backoffice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A line of an invoice or a proposal. Its amount is quantity × unit price, rounded to cents.")
public record LineDocument(
        @Schema(example = "Weekly mowing", required = true) @NotBlank @Size(max = 500) String description,
        @Schema(example = "4", required = true) @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantity,
        @Schema(description = "Negative for a discount.", example = "45.00", required = true) @NotNull @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
        @Schema(description = "Proposals only: the customer may choose this line when signing.") boolean optional) {
}
