package com.fieldportal.reconciliation;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One thing a run found: a record whose stored value differed from the computed one, and what the run did about it. */
@Entity
@Table(name = "reconciliation_finding")
@NamedQuery(name = "ReconciliationFinding.ofRun", query = """
        SELECT f FROM ReconciliationFinding f WHERE f.run.id = :run ORDER BY f.kind, f.recordId""")
@NamedQuery(name = "ReconciliationFinding.countOfRun", query = """
        SELECT COUNT(f) FROM ReconciliationFinding f WHERE f.run.id = :run""")
public class ReconciliationFinding extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private ReconciliationRun run;

    @Enumerated(EnumType.STRING)
    private FindingKind kind;
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

    public ReconciliationFinding(ReconciliationRun run, FindingKind kind, String recordType, long recordId,
                                 String storedValue, String computedValue, Resolution resolution) {
        this.run = run;
        this.kind = kind;
        this.recordType = recordType;
        this.recordId = recordId;
        this.storedValue = storedValue;
        this.computedValue = computedValue;
        this.resolution = resolution;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getStoredValue() {
        return storedValue;
    }

    public String getComputedValue() {
        return computedValue;
    }

    public Resolution getResolution() {
        return resolution;
    }
}
