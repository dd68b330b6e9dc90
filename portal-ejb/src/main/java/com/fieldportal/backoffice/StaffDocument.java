package com.fieldportal.backoffice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One of the contractor's people (account owner, operations manager, sales rep). Admins are made in the staff console only.")
public record StaffDocument(
        @Schema(example = "EMP-3") @Size(max = 100) String externalId,
        @Schema(example = "Sam Sales", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "sam@contractor.example", required = true) @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "555-0199") @Size(max = 50) String phone,
        @Schema(description = "Default true; false ends their sessions.") Boolean active,
        @Schema(description = "Mail them an invitation to choose a password (the first time only).") boolean invite) implements Document {
}
