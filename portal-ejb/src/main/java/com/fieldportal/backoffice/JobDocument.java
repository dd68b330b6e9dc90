package com.fieldportal.backoffice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A job (opportunity) an invoice bills for.")
public record JobDocument(
        @Schema(example = "Spring cleanup", required = true) @NotBlank @Size(max = 300) String name,
        @Schema(description = "External id of the proposal it came from, if any.", example = "PRO-3001") @Size(max = 100) String proposal) {
}
