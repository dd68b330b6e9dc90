package com.fieldportal.backoffice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A customer account: the company or association the contractor bills.")
public record AccountDocument(
        @Schema(description = "The back office's id; in a PUT it may be left out (the path says it).", example = "ACC-100")
        @Size(max = 100) String externalId,
        @Schema(example = "A-100", required = true) @NotBlank @Size(max = 50) String accountNumber,
        @Schema(example = "Maple Ridge HOA", required = true) @NotBlank @Size(max = 200) String name,
        @Valid AddressDocument billingAddress,
        @Schema(description = "False closes the account: its contacts can no longer sign in. Default true.") Boolean active)
        implements Document {
}
