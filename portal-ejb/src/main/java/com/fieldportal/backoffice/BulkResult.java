package com.fieldportal.backoffice;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk did: how many documents were stored and refused, and each document's own answer in the order sent. */
@Schema(description = "The answer to a bulk: counts, then one item per document in the order sent.")
public record BulkResult(
        @Schema(example = "1000") int received,
        @Schema(example = "997") int stored,
        @Schema(example = "3") int refused,
        List<BulkItem> items) {

    static BulkResult of(List<BulkItem> items) {
        int stored = (int) items.stream().filter(item -> item.outcome() != null).count();
        return new BulkResult(items.size(), stored, items.size() - stored, items);
    }
}
