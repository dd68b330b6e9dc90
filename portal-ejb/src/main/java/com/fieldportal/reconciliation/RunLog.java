package com.fieldportal.reconciliation;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * What the nightly job writes about itself while it runs: the step it is in, its counts and findings, its heartbeat,
 * and its end. Called by the job's steps (portal-batch), inside the transaction of the work it reports, so that a
 * chunk's counts are kept exactly when its work is.
 */
@Stateless
@PermitAll
public class RunLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    RunReport report;

    @Inject
    AuditLog audit;

    public void stepStarted(long runId, Step step) {
        run(runId).startStep(step, Instant.now());
        heartbeat(runId);
    }

    public void stepEnded(long runId, Step step) {
        run(runId).endStep(step, Instant.now());
        heartbeat(runId);
    }

    /** The run is alive: another server must not take its lock over. */
    public void heartbeat(long runId) {
        em.createQuery("UPDATE ReconciliationLock l SET l.heartbeatAt = :now WHERE l.runId = :run")
                .setParameter("now", Instant.now()).setParameter("run", runId).executeUpdate();
    }

    public void count(long runId, RunCounts counts) {
        run(runId).add(counts);
    }

    public void found(long runId, FindingKind kind, String recordType, long recordId, String stored, String computed,
                      Resolution resolution) {
        em.persist(new ReconciliationFinding(em.getReference(ReconciliationRun.class, runId), kind, recordType, recordId,
                stored, computed, resolution));
    }

    /**
     * The run is over (completed, failed or stopped): it lets go of the lock, and the staff admins are e-mailed its
     * report when it fixed or reported something, or failed. A stopped run is resumed by the next start.
     */
    public void ended(long runId, RunStatus how, String message) {
        ReconciliationRun run = run(runId);
        run.end(how, message, Instant.now());
        em.createQuery("UPDATE ReconciliationLock l SET l.runId = NULL, l.heartbeatAt = NULL WHERE l.runId = :run")
                .setParameter("run", runId).executeUpdate();
        audit.record(Actor.system("Nightly reconciliation"), "RECONCILIATION_" + how.name(), "ReconciliationRun", runId,
                run.getDrifts() + " drifts fixed, " + run.getCreditsReported() + " credits reported, " + run.getFailures() + " failures");
        if (how != RunStatus.STOPPED && run.needsAttention()) {
            report.mailAdmins(run);
        }
    }

    /** The job ended without its report step (it failed, or was stopped): unless the run ended already. */
    public void endedEarly(long runId, RunStatus how, String message) {
        if (run(runId).getStatus() == RunStatus.RUNNING) {
            if (how == RunStatus.FAILED) {
                count(runId, RunCounts.failure());
            }
            ended(runId, how, message);
        }
    }

    private ReconciliationRun run(long runId) {
        return em.find(ReconciliationRun.class, runId);
    }
}
