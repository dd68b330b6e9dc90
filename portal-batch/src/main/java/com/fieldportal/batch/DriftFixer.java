package com.fieldportal.batch;

import com.fieldportal.reconciliation.RunCounts;
import com.fieldportal.reconciliation.RunLog;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A set-based step (see {@link LedgerCheck}): one query finds the drifted records, then they are fixed in batches,
 * each in a transaction of its own. Safe to run again from the start after a stop or a crash: what was fixed no
 * longer drifts.
 */
abstract class DriftFixer extends AbstractBatchlet {

    static final int BATCH = 500;

    @Inject
    JobContext job;

    @EJB
    LedgerCheck ledger;

    @EJB
    RunLog log;

    private volatile boolean stopping;

    abstract List<Long> drifted();

    /** The counts of {@code rows} records checked. */
    abstract RunCounts checked(long rows);

    abstract String table();

    abstract void fix(long runId, List<Long> batch);

    @Override
    public String process() {
        long runId = RunContext.runId(job);
        log.heartbeat(runId);
        List<Long> drifted = drifted();
        log.heartbeat(runId);
        for (int from = 0; from < drifted.size() && !stopping; from += BATCH) {
            fix(runId, drifted.subList(from, Math.min(from + BATCH, drifted.size())));
        }
        if (stopping) {
            return "STOPPED";
        }
        // counted once the step is through: a step run again after a stop or a crash does not count its records twice
        log.count(runId, checked(ledger.count(table())));
        return "COMPLETED";
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
