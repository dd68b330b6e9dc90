package com.fieldportal.backoffice;

import com.fieldportal.customer.ContactRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person of a customer account who may sign in, and the properties they see.")
public record ContactDocument(
        @Schema(example = "CON-55") @Size(max = 100) String externalId,
        @Schema(description = "External id of the customer account.", example = "ACC-100", required = true) @NotBlank @Size(max = 100) String account,
        @Schema(example = "Pat Primary", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Their sign-in.", example = "pat@example.com", required = true) @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "555-0100") @Size(max = 50) String phone,
        @Schema(example = "[\"PRIMARY\"]", required = true) @NotEmpty Set<@NotNull ContactRole> roles,
        @Schema(description = "External ids of the properties (of their own account) they see.", example = "[\"PROP-7\"]")
        @Size(max = 1000) List<@NotBlank String> properties,
        @Schema(description = "Default true; false ends their sessions.") Boolean active,
        @Schema(description = "Mail them an invitation to choose a password, unless they have been invited or have one already.")
        boolean invite) implements Document {
}
