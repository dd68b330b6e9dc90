package com.fieldportal.reconciliation;

/** What the nightly job did about a finding: corrected it, or left it for staff to look at. */
public enum Resolution {
    FIXED, REPORTED
}
