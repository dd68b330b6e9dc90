package com.fieldportal.reconciliation;

/** Where a run stands. A STOPPED run, or a RUNNING one whose server died, is resumed by the next start. */
public enum RunStatus {
    RUNNING("Running"), COMPLETED("Completed"), FAILED("Failed"), STOPPED("Stopped");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
