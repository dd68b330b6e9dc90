package com.fieldportal.payment;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.Contact;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.Payment;
import com.fieldportal.invoice.PaymentSource;
import com.fieldportal.notification.Outbox;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Formats;
import com.fieldportal.shared.Money;
import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The portal's side of a customer's payment, in two short transactions around the gateway's charge (see
 * {@link PayService}): {@link #reserve} records the attempt as pending, {@link #complete} records the gateway's
 * answer. Both lock the invoice row first, so that attempts on one invoice take turns and never pay more than
 * its balance.
 */
@Stateless
@RolesAllowed(Roles.CONTACT)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentLedger {

    static final String FORM_USED = "This payment form was already used. Reload the page to make another payment.";

    /** A payment attempt: {@code open} while the gateway has still to be asked. */
    public record Attempt(long paymentId, String token, BigDecimal total, boolean open) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    @Inject
    CurrentSettings settings;

    @Inject
    Formats formats;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    /**
     * Records the attempt {@code key} as a pending payment, or finds it when it was recorded before (a double
     * click, a retry): then the same attempt goes on, never a second one.
     */
    public Attempt reserve(long invoiceId, long methodId, BigDecimal amount, String key) {
        access.scope(Section.ELECTRONIC_PAYMENTS, null);
        Invoice invoice = lockedInvoice(invoiceId);
        PaymentMethod method = usableMethod(methodId);
        Payment earlier = em.createNamedQuery("Payment.byIdempotencyKey", Payment.class)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            if (!earlier.getInvoice().isSameAs(invoice) || amount == null || earlier.getPrincipal().compareTo(amount) != 0) {
                throw new BusinessException(FORM_USED);
            }
            return new Attempt(earlier.getId(), method.getGatewayToken(), earlier.total(), earlier.isAwaitingGateway());
        }
        if (!invoice.isOpen()) {
            throw new BusinessException("Invoice " + invoice.getNumber() + " is paid already.");
        }
        BigDecimal fee = FeeRule.of(settings.get()).feeFor(requireAmount(amount), method.getType(), method.getFunding(), invoice.isFeeWaived());
        Payment payment = invoice.recordPayment(access.currentContact(), method.snapshot(), amount, fee, key, PaymentSource.PORTAL, Instant.now());
        em.flush();
        return new Attempt(payment.getId(), method.getGatewayToken(), payment.total(), true);
    }

    /** Records what the gateway answered; a second answer for the same attempt changes nothing. */
    public Receipt complete(long paymentId, Charge charge) {
        Payment payment = lockedPayment(paymentId);
        if (!payment.isAwaitingGateway()) {
            return Receipt.of(payment);
        }
        Instant now = Instant.now();
        Contact payer = payment.getContact();
        String what = payment.getInvoice().getNumber() + ": " + formats.money(payment.getPrincipal())
                + " + fee " + formats.money(payment.getConvenienceFee()) + " by " + payment.getMethod().describe();
        switch (charge.outcome()) {
            case APPROVED -> {
                payment.succeed(charge.reference(), now);
                audit.record(payer.actor(), "PAYMENT_SUCCEEDED", "Payment", payment.getId(), what + ", " + charge.reference());
                outbox.queue(PaymentMails.receipt(payment, settings.get().title(), formats), "payment:" + payment.getId());
            }
            case PENDING -> {
                payment.acceptPending(charge.reference());
                audit.record(payer.actor(), "PAYMENT_PENDING", "Payment", payment.getId(), what + ", " + charge.reference());
                outbox.queue(PaymentMails.receipt(payment, settings.get().title(), formats), "payment:" + payment.getId());
            }
            case DECLINED -> {
                payment.fail(charge.reference(), charge.message(), now);
                audit.record(payer.actor(), "PAYMENT_DECLINED", "Payment", payment.getId(), what + ": " + charge.message());
            }
        }
        return Receipt.of(payment);
    }

    /** The receipt of an attempt the caller made. */
    public Receipt receipt(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null || payment.getContact() == null || payment.getContact().getId() != access.caller().id()) {
            throw new NotFoundException("Payment");
        }
        return Receipt.of(payment);
    }

    /** What paying {@code amount} of the invoice with the method would charge, fee included. */
    public Quote quote(long invoiceId, long methodId, BigDecimal amount) {
        access.scope(Section.ELECTRONIC_PAYMENTS, null);
        Invoice invoice = visibleInvoice(em.find(Invoice.class, invoiceId));
        PaymentMethod method = usableMethod(methodId);
        BigDecimal principal = requireAmount(amount);
        if (principal.compareTo(invoice.getPayable()) > 0) {
            throw new BusinessException("Pay at most " + formats.money(invoice.getPayable()) + ": that is what is left to pay on this invoice.");
        }
        return new Quote(principal, FeeRule.of(settings.get()).feeFor(principal, method.getType(), method.getFunding(), invoice.isFeeWaived()));
    }

    private Invoice lockedInvoice(long invoiceId) {
        return visibleInvoice(em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE));
    }

    private Invoice visibleInvoice(Invoice invoice) {
        access.scope(Section.INVOICES, null);
        if (invoice == null) {
            throw new NotFoundException("Invoice");
        }
        access.requireLinked(invoice.getProperty(), "Invoice");
        return invoice;
    }

    private Payment lockedPayment(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            throw new NotFoundException("Payment");
        }
        lockedInvoice(payment.getInvoice().getId());
        em.refresh(payment);
        return payment;
    }

    private PaymentMethod usableMethod(long methodId) {
        PaymentMethod method = em.find(PaymentMethod.class, methodId);
        if (method == null || !method.isActive() || !method.isOwnedBy(access.caller().id())) {
            throw new NotFoundException("Payment method");
        }
        if (method.isExpired(YearMonth.now(formats.zone()))) {
            throw new BusinessException(method.describe() + " has expired. Choose another payment method or add a new card.");
        }
        return method;
    }

    private BigDecimal requireAmount(BigDecimal amount) {
        if (amount == null) {
            throw new BusinessException("Enter the amount to pay.");
        }
        return Money.requireCents(amount, "The amount to pay");
    }
}
