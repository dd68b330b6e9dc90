package com.fieldportal.batch;

import com.fieldportal.reconciliation.RunLog;
import com.fieldportal.reconciliation.RunStatus;
import com.fieldportal.reconciliation.Step;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Keeps the run's record up to date: the step it is in (for the progress bar), and how it ended when it did not reach
 * its report step (failed, or stopped).
 */
@Named
@Dependent
public class RunListener implements JobListener, StepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @EJB
    RunLog log;

    @Override
    public void beforeJob() {
        // the run's record was opened by ReconciliationStarter
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        boolean stopped = status == BatchStatus.STOPPING || status == BatchStatus.STOPPED;
        Object failure = job.getTransientUserData();
        log.endedEarly(RunContext.runId(job), stopped ? RunStatus.STOPPED : RunStatus.FAILED,
                stopped ? "Stopped; the next start goes on from where it stopped." : failure == null ? job.getExitStatus() : failure.toString());
    }

    @Override
    public void beforeStep() {
        log.stepStarted(RunContext.runId(job), Step.of(step.getStepName()));
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            job.setTransientUserData(Step.of(step.getStepName()).getLabel() + " failed: " + failure);
        } else if (step.getBatchStatus() != BatchStatus.STOPPING && step.getBatchStatus() != BatchStatus.STOPPED) {
            log.stepEnded(RunContext.runId(job), Step.of(step.getStepName()));
        }
    }
}
