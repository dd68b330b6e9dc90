package com.fieldportal.batch;

import com.fieldportal.reconciliation.RunLog;
import com.fieldportal.reconciliation.RunStatus;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Step "report": the run is complete; its report is kept, and mailed to the staff admins when it found something. */
@Named
@Dependent
public class ReportRun extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    RunLog log;

    @Override
    public String process() {
        log.ended(RunContext.runId(job), RunStatus.COMPLETED, null);
        return "COMPLETED";
    }
}
