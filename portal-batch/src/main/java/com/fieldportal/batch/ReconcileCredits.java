package com.fieldportal.batch;

import com.fieldportal.reconciliation.RunCounts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Step "credits": remaining = amount - applied for every credit; over-applied credits are reported, never changed. */
@Named
@Dependent
public class ReconcileCredits extends DriftFixer {

    @Override
    List<Long> drifted() {
        return ledger.creditDrifts();
    }

    @Override
    RunCounts checked(long rows) {
        return RunCounts.credits((int) rows, 0, 0);
    }

    @Override
    String table() {
        return "credit";
    }

    @Override
    void fix(long runId, List<Long> batch) {
        ledger.fixCredits(runId, batch);
    }
}
