package com.fieldportal.backoffice;

import com.fieldportal.shared.Address;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A postal address.")
public record AddressDocument(
        @Schema(example = "12 Maple Ridge Dr") @Size(max = 200) String street,
        @Schema(example = "Springfield") @Size(max = 100) String city,
        @Schema(example = "IL") @Size(max = 100) String region,
        @Schema(example = "62701") @Size(max = 20) String postalCode) {

    static Address toAddress(AddressDocument document) {
        return document == null ? null : new Address(document.street, document.city, document.region, document.postalCode);
    }
}
