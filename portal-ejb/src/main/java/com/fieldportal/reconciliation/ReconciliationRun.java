package com.fieldportal.reconciliation;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the nightly reconciliation job and its counts per step; its report in the staff console. */
@Entity
@Table(name = "reconciliation_run")
@NamedQuery(name = "ReconciliationRun.latest", query = "SELECT r FROM ReconciliationRun r ORDER BY r.startedAt DESC, r.id DESC")
public class ReconciliationRun extends BaseEntity {

    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    private RunStatus status = RunStatus.RUNNING;

    @Column(name = "payments_settled")
    private int paymentsSettled;
    @Column(name = "invoices_checked")
    private int invoicesChecked;
    @Column(name = "invoices_fixed")
    private int invoicesFixed;
    @Column(name = "credits_checked")
    private int creditsChecked;
    @Column(name = "credits_reported")
    private int creditsReported;
    private int failures;

    protected ReconciliationRun() {
    }

    public ReconciliationRun(Instant startedAt) {
        this.startedAt = startedAt;
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
}
