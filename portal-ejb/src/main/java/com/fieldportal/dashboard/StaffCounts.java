package com.fieldportal.dashboard;

import java.time.Instant;

/**
 * What the staff console's dashboard shows each morning. The last reconciliation run's fields are null when
 * none has run yet.
 */
public record StaffCounts(long openRequests, long proposalsSignedNotWon, long invoicesDue, long invoicesOverdue, long failedMails,
                          Instant lastRunStarted, String lastRunStatus) {
}
