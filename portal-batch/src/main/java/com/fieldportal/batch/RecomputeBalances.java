package com.fieldportal.batch;

import com.fieldportal.reconciliation.RunCounts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Step "recompute": every invoice's balance and status from its ledger; drifts are fixed and reported. */
@Named
@Dependent
public class RecomputeBalances extends DriftFixer {

    @Override
    List<Long> drifted() {
        return ledger.invoiceDrifts();
    }

    @Override
    RunCounts checked(long rows) {
        return RunCounts.invoices((int) rows, 0);
    }

    @Override
    String table() {
        return "invoice";
    }

    @Override
    void fix(long runId, List<Long> batch) {
        ledger.fixInvoices(runId, batch);
    }
}
