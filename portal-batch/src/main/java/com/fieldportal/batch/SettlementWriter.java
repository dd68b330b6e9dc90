package com.fieldportal.batch;

import com.fieldportal.payment.AchSettlements;
import com.fieldportal.reconciliation.FindingKind;
import com.fieldportal.reconciliation.Resolution;
import com.fieldportal.reconciliation.RunCounts;
import com.fieldportal.reconciliation.RunLog;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Step "settle": asks the gateway how each pending payment settled and records it, with the run's counts. */
@Named
@Dependent
public class SettlementWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    AchSettlements settlements;

    @EJB
    RunLog log;

    @Override
    public void writeItems(List<Object> paymentIds) {
        long runId = RunContext.runId(job);
        int settled = 0;
        int returned = 0;
        int failed = 0;
        int drifts = 0;
        for (Object item : paymentIds) {
            long paymentId = (Long) item;
            AchSettlements.Result result = settlements.settle(paymentId);
            if (result.foundDrift()) {
                // recording the settlement recomputed the invoice from its ledger: its earlier drift is fixed, and said
                drifts++;
                log.found(runId, FindingKind.INVOICE_BALANCE, "Invoice", result.invoiceId(), result.storedBefore(), result.computedBefore(),
                        Resolution.FIXED);
            }
            switch (result.outcome()) {
                case SETTLED -> settled++;
                case RETURNED -> {
                    returned++;
                    log.found(runId, FindingKind.PAYMENT_RETURNED, "Payment", paymentId, "pending", "returned", Resolution.FIXED);
                }
                case FAILED -> {
                    failed++;
                    log.found(runId, FindingKind.SETTLEMENT_FAILED, "Payment", paymentId, "pending", "unknown", Resolution.REPORTED);
                }
                default -> {
                    // still pending at the bank, or settled meanwhile by someone else: nothing to record
                }
            }
        }
        log.count(runId, RunCounts.settled(settled, returned, drifts, failed));
        log.heartbeat(runId);
    }
}
