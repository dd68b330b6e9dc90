package com.fieldportal.backoffice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A site the contractor serves, with the staff who look after it (by their external ids).")
public record PropertyDocument(
        @Schema(example = "PROP-7") @Size(max = 100) String externalId,
        @Schema(description = "External id of the customer account.", example = "ACC-100", required = true) @NotBlank @Size(max = 100) String account,
        @Schema(example = "Clubhouse", required = true) @NotBlank @Size(max = 200) String name,
        @Valid AddressDocument address,
        @Schema(description = "External id of a staff user.", example = "EMP-1") @Size(max = 100) String accountOwner,
        @Schema(description = "External id of a staff user.", example = "EMP-2") @Size(max = 100) String operationsManager,
        @Schema(description = "External id of a staff user; signed proposals are mailed to them.", example = "EMP-3") @Size(max = 100) String salesRep,
        @Schema(description = "Default true.") Boolean active) implements Document {
}
