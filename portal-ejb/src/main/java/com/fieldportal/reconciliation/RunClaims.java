package com.fieldportal.reconciliation;

import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Formats;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Takes and gives back the reconciliation lock, each in a short transaction of its own under the lock row's row
 * lock, so that two servers starting the job at once take turns and the second is refused.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunClaims {

    /** The run that now holds the lock; {@code resumeExecution} is the batch execution to restart, if any. */
    public record Claim(long runId, Long resumeExecution) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Formats formats;

    /**
     * Resumes a stopped run, or one whose server died mid-run (no heartbeat for {@code stale}); else opens a new one.
     *
     * @throws BusinessException while another run is alive, on this server or another
     */
    public Claim claim(String startedBy, Duration stale) {
        ReconciliationLock lock = em.find(ReconciliationLock.class, ReconciliationLock.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (lock.isHeldAlive(now, stale)) {
            ReconciliationRun running = em.find(ReconciliationRun.class, lock.getRunId());
            throw new BusinessException("A reconciliation run is already under way: started "
                    + formats.dateTime(running.getStartedAt()) + " by " + running.getStartedBy() + ". Wait for it to end.");
        }
        ReconciliationRun unfinished = lock.getRunId() != null ? em.find(ReconciliationRun.class, lock.getRunId())
                : em.createNamedQuery("ReconciliationRun.latest", ReconciliationRun.class).setMaxResults(1)
                        .getResultStream().filter(run -> run.getStatus() == RunStatus.STOPPED).findFirst().orElse(null);
        if (unfinished != null && unfinished.getExecutionId() != null) {
            unfinished.resume();
            lock.take(unfinished.getId(), now);
            return new Claim(unfinished.getId(), unfinished.getExecutionId());
        }
        if (unfinished != null) {
            unfinished.end(RunStatus.FAILED, "Its server stopped before the job began.", now);
        }
        ReconciliationRun run = new ReconciliationRun(now, startedBy);
        em.persist(run);
        em.flush();
        lock.take(run.getId(), now);
        return new Claim(run.getId(), null);
    }

    public void executing(long runId, long executionId) {
        em.find(ReconciliationRun.class, runId).executedAs(executionId);
    }

    public Long executionOf(long runId) {
        return em.find(ReconciliationRun.class, runId).getExecutionId();
    }

    /** The batch runtime refused to start or restart the job: the run ends and lets go of the lock. */
    public void notStarted(long runId, String why) {
        em.find(ReconciliationRun.class, runId).end(RunStatus.FAILED, why, Instant.now());
        ReconciliationLock lock = em.find(ReconciliationLock.class, ReconciliationLock.ID, LockModeType.PESSIMISTIC_WRITE);
        if (Long.valueOf(runId).equals(lock.getRunId())) {
            lock.release();
        }
    }
}
