package com.fieldportal.backoffice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A proposal a customer signed: what they chose, and the evidence (who, when, from where, the document's SHA-256).")
public record SignatureItem(
        @Schema(example = "10990") long id,
        @Schema(description = "The proposal's external id (null for proposals made in the portal).", example = "PRO-3001") String proposal,
        @Schema(example = "P-3001") String proposalNumber,
        @Schema(description = "The price with the chosen options.", example = "1450.00") BigDecimal price,
        @Schema(description = "The optional lines the customer chose, as the proposal lists them.", example = "[\"Aeration\"]") List<String> chosenOptions,
        @Schema(example = "Pat Primary") String signerName,
        @Schema(example = "pat@example.com") String signerEmail,
        @Schema(example = "2026-03-06T09:12:44Z") Instant signedAt,
        @Schema(example = "203.0.113.7") String ipAddress,
        @Schema(example = "Mozilla/5.0 …") String userAgent,
        @Schema(description = "SHA-256 of the document the customer was shown.", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String documentSha256,
        @Schema(description = "The signed PDF, relative to /portal/api/v1/.", example = "proposals/10321/signed.pdf") String signedPdf) {
}
