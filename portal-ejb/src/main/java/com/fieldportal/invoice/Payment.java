package com.fieldportal.invoice;

import com.fieldportal.customer.Contact;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money received (or on its way) for one invoice. Only the principal counts against the balance; the
 * convenience fee is the contractor's. Created through {@link Invoice#recordPayment}.
 */
@Entity
@Table(name = "payment")
public class Payment extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Embedded
    private MethodSnapshot method;

    private BigDecimal principal;
    @Column(name = "convenience_fee")
    private BigDecimal convenienceFee;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status = PaymentStatus.PENDING;

    @Column(name = "gateway_reference")
    private String gatewayReference;
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "settled_at")
    private Instant settledAt;

    @Enumerated(EnumType.STRING)
    private PaymentSource source;

    @Version
    private long version;

    protected Payment() {
    }

    public Payment(Invoice invoice, Contact contact, MethodSnapshot method, BigDecimal principal, BigDecimal convenienceFee,
                   String idempotencyKey, PaymentSource source, Instant createdAt) {
        this.invoice = invoice;
        this.contact = contact;
        this.method = method;
        this.principal = principal;
        this.convenienceFee = convenienceFee;
        this.idempotencyKey = idempotencyKey;
        this.source = source;
        this.createdAt = createdAt;
    }

    public void succeed(String gatewayReference, Instant at) {
        if (status != PaymentStatus.PENDING) {
            throw new BusinessException("Only a pending payment can succeed; this one is " + status + ".");
        }
        this.gatewayReference = gatewayReference;
        this.status = PaymentStatus.SUCCEEDED;
        this.settledAt = at;
        invoice.recalculate();
    }

    public boolean isSucceeded() {
        return status == PaymentStatus.SUCCEEDED;
    }

    public boolean isPending() {
        return status == PaymentStatus.PENDING;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }
}
