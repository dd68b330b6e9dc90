package com.fieldportal.backoffice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an upsert did with a document. */
@Schema(description = "What the portal did with the document.")
public record Stored(
        @Schema(example = "INV-1001") String externalId,
        @Schema(description = "The portal's own id.", example = "10450") long id,
        @Schema(example = "CREATED") Outcome outcome) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }
}
