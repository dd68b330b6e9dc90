package com.fieldportal.reconciliation;

/** The steps of the nightly job, in their order; the job XML (portal-batch) names its steps after them. */
public enum Step {
    SETTLE("Settle bank payments"),
    RECOMPUTE("Recompute invoice balances"),
    CREDITS("Reconcile credits"),
    REMIND("Remind of expiring cards"),
    REPORT("Report");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The step of a job XML step id ("settle"). */
    public static Step of(String stepName) {
        return valueOf(stepName.toUpperCase(java.util.Locale.ROOT));
    }
}
