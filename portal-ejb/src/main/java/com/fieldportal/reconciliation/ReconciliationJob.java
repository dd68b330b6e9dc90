package com.fieldportal.reconciliation;

import com.fieldportal.shared.BusinessException;

/**
 * Starts and stops the nightly job. Implemented in portal-batch, next to the job, because the batch runtime finds the
 * job's steps through the module that starts it; the business code and the pages know only this interface.
 */
public interface ReconciliationJob {

    /**
     * Takes the database lock, then starts the job, or restarts the run a stop or a crash interrupted so that it goes
     * on after its last checkpoint.
     *
     * @param startedBy "schedule" or the staff user's e-mail
     * @return the run's id
     * @throws BusinessException while another run is under way, on this server or another
     */
    long start(String startedBy);

    /** Asks a run to stop at its next checkpoint; the next start resumes it. */
    void stop(long runId);
}
