package com.fieldportal.reconciliation;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A difference the nightly job found between a stored value and the value computed from its records. */
@Entity
@Table(name = "reconciliation_finding")
public class ReconciliationFinding extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private ReconciliationRun run;

    /** e.g. INVOICE_BALANCE_DRIFT, CREDIT_OVER_APPLIED */
    private String kind;
    @Column(name = "record_type")
    private String recordType;
    @Column(name = "record_id")
    private long recordId;
    @Column(name = "stored_value")
    private String storedValue;
    @Column(name = "computed_value")
    private String computedValue;
    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    protected ReconciliationFinding() {
    }

    public ReconciliationFinding(ReconciliationRun run, String kind, String recordType, long recordId,
                                 String storedValue, String computedValue, Resolution resolution) {
        this.run = run;
        this.kind = kind;
        this.recordType = recordType;
        this.recordId = recordId;
        this.storedValue = storedValue;
        this.computedValue = computedValue;
        this.resolution = resolution;
    }
}
