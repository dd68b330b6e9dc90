package com.fieldportal.backoffice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A proposal for the customer to review and sign. Once signed or declined it can no longer be changed.")
public record ProposalDocument(
        @Schema(example = "PRO-3001") @Size(max = 100) String externalId,
        @Schema(example = "P-3001", required = true) @NotBlank @Size(max = 50) String number,
        @Schema(example = "Spring cleanup", required = true) @NotBlank @Size(max = 300) String opportunityName,
        @Schema(description = "External id of the property.", example = "PROP-7", required = true) @NotBlank @Size(max = 100) String property,
        @Schema(description = "External id of a staff user.", example = "EMP-3") @Size(max = 100) String salesRep,
        @Schema(description = "External id of a staff user.", example = "EMP-2") @Size(max = 100) String serviceContact,
        @Schema(example = "2026-03-01") LocalDate sentDate,
        @Schema(example = "2026-04-15") LocalDate estimatedStartDate,
        @Schema(example = "Net 30.") @Size(max = 20_000) String terms,
        @Schema(required = true) @NotEmpty @Size(max = 500) List<@Valid @NotNull LineDocument> lines) implements Document {
}
