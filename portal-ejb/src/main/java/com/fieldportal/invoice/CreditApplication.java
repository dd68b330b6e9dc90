package com.fieldportal.invoice;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Part of a credit applied to one invoice. */
@Entity
@Table(name = "credit_application")
public class CreditApplication extends BaseEntity implements ExternallyKnown {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "credit_id")
    private Credit credit;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    private BigDecimal amount;

    @Column(name = "applied_at")
    private Instant appliedAt;

    /** The back office's id, for applications it sent. */
    @Column(name = "external_id")
    private String externalId;

    protected CreditApplication() {
    }

    CreditApplication(Credit credit, Invoice invoice, BigDecimal amount, Instant appliedAt) {
        this.credit = credit;
        this.invoice = invoice;
        this.amount = amount;
        this.appliedAt = appliedAt;
    }

    public void knownAs(String externalId) {
        this.externalId = externalId;
    }

    void changeAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Credit getCredit() {
        return credit;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    @Override
    public String getExternalId() {
        return externalId;
    }
}
