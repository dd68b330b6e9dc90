package com.fieldportal.payment.sandbox;

import com.fieldportal.payment.Charge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One charge the sandbox answered, kept under its idempotency key so that a retry gets the same answer. */
@Entity
@Table(name = "sandbox_charge")
@NamedQuery(name = "SandboxCharge.byKey", query = "SELECT c FROM SandboxCharge c WHERE c.idempotencyKey = :key")
class SandboxCharge {

    @Id
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "token")
    private SandboxToken token;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    private BigDecimal amount;
    private BigDecimal refunded;

    @Enumerated(EnumType.STRING)
    private Charge.Outcome status;
    private String message;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SandboxCharge() {
    }

    SandboxCharge(String reference, SandboxToken token, String idempotencyKey, BigDecimal amount, Charge.Outcome status,
                  String message, Instant createdAt) {
        this.reference = reference;
        this.token = token;
        this.idempotencyKey = idempotencyKey;
        this.amount = amount;
        this.refunded = BigDecimal.ZERO.setScale(2);
        this.status = status;
        this.message = message;
        this.createdAt = createdAt;
    }

    Charge answer() {
        return new Charge(status, reference, message);
    }

    boolean isFor(SandboxToken other, BigDecimal otherAmount) {
        return token.getToken().equals(other.getToken()) && amount.compareTo(otherAmount) == 0;
    }

    void refund(BigDecimal part) {
        refunded = refunded.add(part);
    }

    BigDecimal refundable() {
        return status == Charge.Outcome.APPROVED ? amount.subtract(refunded) : BigDecimal.ZERO;
    }

    SandboxToken getToken() {
        return token;
    }
}
