package com.fieldportal.reconciliation;

public enum RunStatus {
    RUNNING, COMPLETED, FAILED
}
