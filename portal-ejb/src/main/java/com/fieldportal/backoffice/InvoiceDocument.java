package com.fieldportal.backoffice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An invoice. Its total is the sum of its lines; its balance follows from payments and credits.")
public record InvoiceDocument(
        @Schema(example = "INV-1001") @Size(max = 100) String externalId,
        @Schema(example = "1001", required = true) @NotBlank @Size(max = 50) String number,
        @Schema(description = "External id of the property.", example = "PROP-7", required = true) @NotBlank @Size(max = 100) String property,
        @Schema(description = "External id of a staff user.", example = "EMP-2") @Size(max = 100) String serviceContact,
        @Schema(example = "2026-03-01", required = true) @NotNull LocalDate invoiceDate,
        @Schema(example = "2026-03-31") LocalDate dueDate,
        @Schema(required = true) @NotEmpty @Size(max = 500) List<@Valid @NotNull LineDocument> lines,
        @Size(max = 50) List<@Valid @NotNull JobDocument> jobs) implements Document {
}
