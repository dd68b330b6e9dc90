package com.fieldportal.payment;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.MethodSnapshot;
import com.fieldportal.invoice.Payment;
import com.fieldportal.invoice.PaymentSource;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.notification.Outbox;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Formats;
import com.fieldportal.shared.Money;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payments for the staff console: the list of every payment, checks and cash staff received, and refunds of card
 * payments (admins only: money goes back out).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class PaymentDesk {

    private static final int MAX_CHECK_NUMBER = 30;
    private static final Logger LOG = Logger.getLogger(PaymentDesk.class.getName());
    private static final String FILTERED = """
            FROM Payment p JOIN p.invoice i JOIN i.property pr JOIN pr.account a LEFT JOIN p.contact c
            WHERE p.status IN :statuses AND p.method.type IN :types AND p.createdAt >= :from AND p.createdAt < :to
              AND (LOWER(i.number) LIKE :text OR LOWER(a.name) LIKE :text OR LOWER(COALESCE(c.email, '')) LIKE :text)""";

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    SignedInStaff staff;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Formats formats;

    @Inject
    CurrentSettings settings;

    public long count(PaymentFilter filter) {
        return filtered(em.createQuery("SELECT COUNT(p) " + FILTERED, Long.class), filter).getSingleResult();
    }

    /** Newest first. */
    public List<PaymentRow> payments(PaymentFilter filter, int first, int size) {
        return filtered(em.createQuery("""
                SELECT NEW com.fieldportal.payment.PaymentRow(p.id, p.createdAt, i.id, i.number, a.id, a.name, c.name,
                    p.method.type, p.method.brand, p.method.lastFour, p.principal, p.convenienceFee, p.refunded, p.status,
                    p.gatewayReference, p.source)
                """ + FILTERED + " ORDER BY p.createdAt DESC, p.id DESC", PaymentRow.class), filter)
                .setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    /**
     * A check or cash received for an invoice. {@code key} is the form's: submitting the same form twice records
     * the payment once.
     *
     * @param checkNumber null or blank for cash
     */
    public long recordOffline(long invoiceId, BigDecimal amount, String checkNumber, String key) {
        Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new NotFoundException("Invoice");
        }
        Payment earlier = em.createNamedQuery("Payment.byIdempotencyKey", Payment.class)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            return earlier.getId();
        }
        String check = checkNumber == null ? "" : checkNumber.strip();
        if (check.length() > MAX_CHECK_NUMBER) {
            throw new BusinessException("A check number has at most " + MAX_CHECK_NUMBER + " characters.");
        }
        MethodSnapshot method = new MethodSnapshot(PaymentType.OFFLINE, check.isEmpty() ? "Cash" : "Check " + check, null);
        Instant now = Instant.now();
        Payment payment = invoice.recordPayment(null, method, amount, BigDecimal.ZERO, key, PaymentSource.STAFF, now);
        payment.succeed(null, now);
        em.flush();
        audit.record(staff.actor(), "PAYMENT_RECORDED", "Payment", payment.getId(),
                invoice.getNumber() + ": " + formats.money(payment.getPrincipal()) + " by " + method.describe());
        return payment.getId();
    }

    /**
     * Gives back part or all of a card payment: the gateway refunds it, the invoice balance goes back up, the payer
     * is told. The invoice stays locked meanwhile, so that two refunds never give back more than was paid.
     */
    @RolesAllowed(Roles.ADMIN)
    public void refund(long paymentId, BigDecimal amount) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            throw new NotFoundException("Payment");
        }
        em.find(Invoice.class, payment.getInvoice().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(payment);
        if (payment.getMethod().getType() != PaymentType.CARD) {
            throw new BusinessException("Only card payments are refunded here. Give checks, cash and bank payments back outside the portal.");
        }
        payment.refund(amount);
        try {
            gateway.refund(payment.getGatewayReference(), Money.amount(amount));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund of payment {0}: the gateway said no: {1}", new Object[]{paymentId, e.toString()});
            throw new BusinessException("The payment processor did not confirm the refund, so nothing was refunded. Try again later.");
        }
        audit.record(staff.actor(), "PAYMENT_REFUNDED", "Payment", paymentId,
                payment.getInvoice().getNumber() + ": " + formats.money(amount) + " of " + payment.getGatewayReference());
        if (payment.getContact() != null) {
            outbox.queue(PaymentMails.refund(payment, amount, settings.get().title(), formats), "refund:" + paymentId);
        }
    }

    private <T> TypedQuery<T> filtered(TypedQuery<T> query, PaymentFilter filter) {
        return query.setParameter("statuses", filter.statuses()).setParameter("types", filter.types())
                .setParameter("from", filter.fromInstant(formats.zone())).setParameter("to", filter.toInstant(formats.zone()))
                .setParameter("text", filter.textPattern());
    }
}
