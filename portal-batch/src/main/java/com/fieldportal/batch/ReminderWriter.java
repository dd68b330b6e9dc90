package com.fieldportal.batch;

import com.fieldportal.payment.CardExpiryReminders;
import com.fieldportal.reconciliation.RunCounts;
import com.fieldportal.reconciliation.RunLog;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Step "remind": one mail per expiring default card, marked in the same transaction so it never goes twice. */
@Named
@Dependent
public class ReminderWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    CardExpiryReminders reminders;

    @EJB
    RunLog log;

    @Override
    public void writeItems(List<Object> methodIds) {
        long runId = RunContext.runId(job);
        LocalDate today = LocalDate.now();
        int sent = 0;
        for (Object id : methodIds) {
            if (reminders.remind((Long) id, today)) {
                sent++;
            }
        }
        log.count(runId, RunCounts.reminders(sent));
        log.heartbeat(runId);
    }
}
