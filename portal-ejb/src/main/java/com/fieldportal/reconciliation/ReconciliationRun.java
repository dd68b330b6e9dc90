package com.fieldportal.reconciliation;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of the nightly reconciliation job: its counts per step, how it ended, and its report in the staff console.
 * A run resumed after a stop or a server crash stays the same run (same record, same Jakarta Batch job instance).
 */
@Entity
@Table(name = "reconciliation_run")
@NamedQuery(name = "ReconciliationRun.latest", query = "SELECT r FROM ReconciliationRun r ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = "ReconciliationRun.count", query = "SELECT COUNT(r) FROM ReconciliationRun r")
public class ReconciliationRun extends BaseEntity {

    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    private RunStatus status = RunStatus.RUNNING;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "execution_id")
    private Long executionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "current_step")
    private Step currentStep;
    @Column(name = "steps_done")
    private int stepsDone;
    @Column(name = "step_started_at")
    private Instant stepStartedAt;
    /** How long each finished step took: "settle 120 ms, recompute 4100 ms, ...". */
    @Column(name = "step_times")
    private String stepTimes;
    @Column(name = "failure_message")
    private String failureMessage;

    @Column(name = "payments_settled")
    private int paymentsSettled;
    @Column(name = "payments_returned")
    private int paymentsReturned;
    @Column(name = "invoices_checked")
    private int invoicesChecked;
    @Column(name = "invoices_fixed")
    private int invoicesFixed;
    @Column(name = "credits_checked")
    private int creditsChecked;
    @Column(name = "credits_fixed")
    private int creditsFixed;
    @Column(name = "credits_reported")
    private int creditsReported;
    @Column(name = "reminders_sent")
    private int remindersSent;
    private int failures;

    protected ReconciliationRun() {
    }

    public ReconciliationRun(Instant startedAt, String startedBy) {
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    void resume() {
        status = RunStatus.RUNNING;
        endedAt = null;
        failureMessage = null;
    }

    void startStep(Step step, Instant at) {
        currentStep = step;
        stepStartedAt = at;
    }

    void endStep(Step step, Instant at) {
        stepsDone = Math.max(stepsDone, step.ordinal() + 1);
        String took = step.name().toLowerCase(java.util.Locale.ROOT) + " " + Duration.between(stepStartedAt, at).toMillis() + " ms";
        stepTimes = stepTimes == null ? took : stepTimes + ", " + took;
    }

    void end(RunStatus how, String message, Instant at) {
        status = how;
        failureMessage = message == null ? null : message.substring(0, Math.min(message.length(), 1000));
        endedAt = at;
    }

    void executedAs(long execution) {
        executionId = execution;
    }

    void add(RunCounts counts) {
        paymentsSettled += counts.paymentsSettled();
        paymentsReturned += counts.paymentsReturned();
        invoicesChecked += counts.invoicesChecked();
        invoicesFixed += counts.invoicesFixed();
        creditsChecked += counts.creditsChecked();
        creditsFixed += counts.creditsFixed();
        creditsReported += counts.creditsReported();
        remindersSent += counts.remindersSent();
        failures += counts.failures();
    }

    /** Drifts fixed: invoice balances and credits' remaining amounts. */
    public int getDrifts() {
        return invoicesFixed + creditsFixed;
    }

    /** Whether the staff admins should hear of this run: it fixed or reported something, or something failed. */
    public boolean needsAttention() {
        return getDrifts() > 0 || creditsReported > 0 || paymentsReturned > 0 || failures > 0 || status == RunStatus.FAILED;
    }

    public int getPercentDone() {
        return status == RunStatus.COMPLETED ? 100 : stepsDone * 100 / Step.values().length;
    }

    public Duration getDuration() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public Step getCurrentStep() {
        return currentStep;
    }

    public String getStepTimes() {
        return stepTimes;
    }

    public int getStepsDone() {
        return stepsDone;
    }

    public String getFailureMessage() {
        return failureMessage;
    }

    public int getPaymentsSettled() {
        return paymentsSettled;
    }

    public int getPaymentsReturned() {
        return paymentsReturned;
    }

    public int getInvoicesChecked() {
        return invoicesChecked;
    }

    public int getInvoicesFixed() {
        return invoicesFixed;
    }

    public int getCreditsChecked() {
        return creditsChecked;
    }

    public int getCreditsFixed() {
        return creditsFixed;
    }

    public int getCreditsReported() {
        return creditsReported;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public int getFailures() {
        return failures;
    }
}
