package com.fieldportal.batch;

import jakarta.batch.runtime.context.JobContext;

/** The reconciliation run a job execution works for (the job's "runId" property, from its parameters). */
final class RunContext {

    static final String RUN_ID = "runId";

    private RunContext() {
    }

    static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(RUN_ID));
    }
}
