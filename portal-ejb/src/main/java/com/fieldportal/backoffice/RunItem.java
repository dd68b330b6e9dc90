package com.fieldportal.backoffice;

import com.fieldportal.reconciliation.FindingKind;
import com.fieldportal.reconciliation.Resolution;
import com.fieldportal.reconciliation.RunStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A run of the nightly reconciliation, with what it found.")
public record RunItem(
        @Schema(example = "10500") long id,
        @Schema(example = "2026-03-06T02:00:00Z") Instant startedAt,
        @Schema(example = "2026-03-06T02:00:41Z") Instant endedAt,
        @Schema(example = "COMPLETED") RunStatus status,
        @Schema(example = "schedule") String startedBy,
        @Schema(example = "3") int paymentsSettled,
        @Schema(example = "0") int paymentsReturned,
        @Schema(example = "4210") int invoicesChecked,
        @Schema(example = "1") int invoicesFixed,
        @Schema(example = "120") int creditsChecked,
        @Schema(example = "0") int creditsFixed,
        @Schema(example = "0") int creditsReported,
        @Schema(example = "0") int failures,
        List<Finding> findings) {

    @Schema(description = "A record whose stored figure differed from what its ledger says.")
    public record Finding(@Schema(example = "INVOICE_BALANCE") FindingKind kind, @Schema(example = "Invoice") String recordType,
                          @Schema(example = "10450") long recordId, @Schema(example = "120.00") String storedValue,
                          @Schema(example = "100.00") String computedValue, @Schema(example = "FIXED") Resolution resolution) {
    }
}
