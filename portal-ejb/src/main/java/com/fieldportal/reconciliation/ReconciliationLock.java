package com.fieldportal.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The one row that lets one run go at a time, whichever server starts it: taken under a row lock, held by the run
 * (its id) and kept alive by the run's heartbeat. A holder whose heartbeat is older than the stale time is taken
 * to be dead (its server was killed) and may be taken over.
 */
@Entity
@Table(name = "reconciliation_lock")
public class ReconciliationLock {

    static final int ID = 1;

    @Id
    private int id;
    @Column(name = "run_id")
    private Long runId;
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    protected ReconciliationLock() {
    }

    public boolean isHeldAlive(Instant now, Duration stale) {
        return runId != null && heartbeatAt != null && heartbeatAt.isAfter(now.minus(stale));
    }

    public Long getRunId() {
        return runId;
    }

    void take(long run, Instant now) {
        runId = run;
        heartbeatAt = now;
    }

    void release() {
        runId = null;
        heartbeatAt = null;
    }
}
