package com.fieldportal.batch;

import com.fieldportal.reconciliation.ReconciliationJob;
import com.fieldportal.reconciliation.RunClaims;
import com.fieldportal.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts {@code reconciliation.xml} for the schedule and the staff console: the database lock first (see
 * {@link RunClaims}), so that one run goes at a time across every server of the database, then the batch runtime.
 */
@Stateless
@Local(ReconciliationJob.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconciliationStarter implements ReconciliationJob {

    static final String JOB = "reconciliation";

    private static final Logger LOG = Logger.getLogger(ReconciliationStarter.class.getName());

    @EJB
    RunClaims claims;

    @Inject
    @ConfigProperty(name = "portal.reconciliation.stale-minutes", defaultValue = "5")
    int staleMinutes;

    @Override
    public long start(String startedBy) {
        RunClaims.Claim claim = claims.claim(startedBy, Duration.ofMinutes(staleMinutes));
        Properties parameters = new Properties();
        parameters.setProperty(RunContext.RUN_ID, String.valueOf(claim.runId()));
        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution;
        try {
            execution = claim.resumeExecution() == null ? jobs.start(JOB, parameters) : resume(jobs, claim.resumeExecution(), parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The reconciliation job could not start", e);
            claims.notStarted(claim.runId(), "The batch runtime refused to start the job: " + e.getMessage());
            throw new BusinessException("The reconciliation could not start: " + e.getMessage());
        }
        claims.executing(claim.runId(), execution);
        return claim.runId();
    }

    /**
     * The run from its last checkpoint, or from its start when the batch runtime no longer knows its execution:
     * WildFly's job repository is in memory, forgets executions when the server stops and numbers them from 1 again,
     * so the id may even be another run's. Every step may run again.
     */
    private static long resume(JobOperator jobs, long execution, Properties parameters) {
        if (isOfRun(jobs, execution, parameters.getProperty(RunContext.RUN_ID))) {
            return jobs.restart(execution, parameters);
        }
        LOG.info(() -> "Execution " + execution + " is no longer known to the batch runtime: the run starts again");
        return jobs.start(JOB, parameters);
    }

    private static boolean isOfRun(JobOperator jobs, long execution, String runId) {
        try {
            Properties parameters = jobs.getParameters(execution);
            return parameters != null && runId.equals(parameters.getProperty(RunContext.RUN_ID));
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    @Override
    public void stop(long runId) {
        Long execution = claims.executionOf(runId);
        JobOperator jobs = BatchRuntime.getJobOperator();
        if (execution != null && isOfRun(jobs, execution, String.valueOf(runId))) {
            jobs.stop(execution);
        }
    }
}
