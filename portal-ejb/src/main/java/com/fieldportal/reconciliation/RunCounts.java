package com.fieldportal.reconciliation;

/** What a piece of a run adds to its counts. */
public record RunCounts(int paymentsSettled, int paymentsReturned, int invoicesChecked, int invoicesFixed,
                        int creditsChecked, int creditsFixed, int creditsReported, int remindersSent, int failures) {

    /** @param invoicesFixed invoices whose drift a settlement repaired */
    public static RunCounts settled(int settled, int returned, int invoicesFixed, int failed) {
        return new RunCounts(settled, returned, 0, invoicesFixed, 0, 0, 0, 0, failed);
    }

    public static RunCounts invoices(int checked, int fixed) {
        return new RunCounts(0, 0, checked, fixed, 0, 0, 0, 0, 0);
    }

    public static RunCounts credits(int checked, int fixed, int reported) {
        return new RunCounts(0, 0, 0, 0, checked, fixed, reported, 0, 0);
    }

    public static RunCounts reminders(int sent) {
        return new RunCounts(0, 0, 0, 0, 0, 0, 0, sent, 0);
    }

    public static RunCounts failure() {
        return new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 1);
    }
}
