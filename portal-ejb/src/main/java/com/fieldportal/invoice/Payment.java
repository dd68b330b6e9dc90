package com.fieldportal.invoice;

import com.fieldportal.audit.Changes;
import com.fieldportal.customer.Contact;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Money received (or on its way) for one invoice. Only the principal counts against the balance, less what was
 * refunded; the convenience fee is the contractor's. Created through {@link Invoice#recordPayment}: PENDING until
 * the gateway answers (and, for ACH, until it settles), then SUCCEEDED, FAILED (declined, nothing taken),
 * RETURNED (an ACH debit the bank sent back) or REFUNDED (given back in full).
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.byIdempotencyKey", query = "SELECT p FROM Payment p WHERE p.idempotencyKey = :key")
@NamedQuery(name = "Payment.pendingWithReference", query = """
        SELECT p.id FROM Payment p WHERE p.status = com.fieldportal.invoice.PaymentStatus.PENDING AND p.gatewayReference IS NOT NULL
        AND p.id > :after ORDER BY p.id""")
public class Payment extends BaseEntity implements ExternallyKnown {

    private static final int MAX_REASON = 300;

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
    private BigDecimal refunded = Money.ZERO;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status = PaymentStatus.PENDING;
    @Column(name = "failure_reason")
    private String failureReason;

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

    /** The back office's id, for payments it recorded (checks, cash, its own card terminal). */
    @Column(name = "external_id")
    private String externalId;

    /** When the payment was made or last changed status: what the back office pulls by. */
    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected Payment() {
    }

    Payment(Invoice invoice, Contact contact, MethodSnapshot method, BigDecimal principal, BigDecimal convenienceFee,
            String idempotencyKey, PaymentSource source, Instant createdAt) {
        this.invoice = invoice;
        this.contact = contact;
        this.method = method;
        this.principal = principal;
        this.convenienceFee = convenienceFee;
        this.idempotencyKey = idempotencyKey;
        this.source = source;
        this.createdAt = createdAt;
        this.changedAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    void knownAs(String externalId) {
        this.externalId = externalId;
    }

    /** What {@link #correct} would change, for the audit log; refused for payments the back office did not record. */
    Changes revise(MethodSnapshot method, BigDecimal principal, Instant at) {
        if (source != PaymentSource.BACK_OFFICE || status != PaymentStatus.SUCCEEDED) {
            throw new BusinessException("Only a settled payment the back office recorded can be changed by it.");
        }
        return new Changes().field("amount", this.principal, principal).field("method", this.method.describe(), method.describe())
                .field("receivedAt", this.createdAt, at);
    }

    void correct(MethodSnapshot method, BigDecimal principal, Instant at) {
        this.method = method;
        this.principal = principal;
        this.createdAt = at;
        this.settledAt = at;
    }

    @Override
    public String getExternalId() {
        return externalId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    @PreUpdate
    void changed() {
        changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The money is taken: a card charge approved, a check or cash received, an ACH debit settled. */
    public void succeed(String gatewayReference, Instant at) {
        requirePending();
        if (gatewayReference != null) {
            this.gatewayReference = gatewayReference;
        }
        this.status = PaymentStatus.SUCCEEDED;
        this.settledAt = at;
        invoice.recalculate();
    }

    /** The gateway took an ACH debit that settles later: still pending, now with its reference. */
    public void acceptPending(String gatewayReference) {
        requirePending();
        this.gatewayReference = gatewayReference;
    }

    /** Declined or never charged: nothing was taken, and the amount may be paid again. */
    public void fail(String gatewayReference, String reason, Instant at) {
        requirePending();
        this.gatewayReference = gatewayReference;
        this.status = PaymentStatus.FAILED;
        this.failureReason = shorten(reason);
        this.settledAt = at;
    }

    /** The bank sent an ACH debit back: the balance goes back up. */
    public void markReturned(String reason, Instant at) {
        if (status != PaymentStatus.PENDING && status != PaymentStatus.SUCCEEDED) {
            throw new BusinessException("Only a pending or settled payment can be returned; this one is " + status.label() + ".");
        }
        this.status = PaymentStatus.RETURNED;
        this.failureReason = shorten(reason);
        this.settledAt = at;
        invoice.recalculate();
    }

    /** Gives back part or all of the principal of a settled payment: the balance goes back up by as much. */
    public void refund(BigDecimal amount) {
        BigDecimal money = Money.requireCents(amount, "The refund");
        if (status != PaymentStatus.SUCCEEDED) {
            throw new BusinessException("Only a settled payment can be refunded; this one is " + status.label() + ".");
        }
        BigDecimal refundable = principal.subtract(refunded);
        if (money.compareTo(refundable) > 0) {
            throw new BusinessException("At most " + refundable + " of this payment can still be refunded.");
        }
        refunded = refunded.add(money);
        if (refunded.compareTo(principal) == 0) {
            status = PaymentStatus.REFUNDED;
        }
        invoice.recalculate();
    }

    /** What this payment takes off the balance. */
    BigDecimal countedPrincipal() {
        return switch (status) {
            case SUCCEEDED, REFUNDED -> principal.subtract(refunded);
            default -> Money.ZERO;
        };
    }

    private void requirePending() {
        if (status != PaymentStatus.PENDING) {
            throw new BusinessException("This payment is already " + status.label() + ".");
        }
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    public boolean isSucceeded() {
        return status == PaymentStatus.SUCCEEDED;
    }

    public boolean isPending() {
        return status == PaymentStatus.PENDING;
    }

    /** Pending, and the gateway has not answered yet: the charge is under way, or its outcome is unknown. */
    public boolean isAwaitingGateway() {
        return status == PaymentStatus.PENDING && gatewayReference == null;
    }

    public BigDecimal total() {
        return principal.add(convenienceFee);
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public Contact getContact() {
        return contact;
    }

    public MethodSnapshot getMethod() {
        return method;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public BigDecimal getConvenienceFee() {
        return convenienceFee;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public PaymentSource getSource() {
        return source;
    }
}
