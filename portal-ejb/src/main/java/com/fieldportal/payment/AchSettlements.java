package com.fieldportal.payment;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.AuditLog;
import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.Payment;
import com.fieldportal.notification.Outbox;
import com.fieldportal.shared.Formats;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Settles bank (ACH) payments the gateway took as pending, for the nightly job: asks the gateway how each settled and
 * records it. A settled payment lowers the balance; a returned one never did, so its amount is payable again, and
 * the contact is told. Runs in the caller's (the job's chunk) transaction, invoice row locked like a payment.
 */
@Stateless
@PermitAll
public class AchSettlements {

    private static final Logger LOG = Logger.getLogger(AchSettlements.class.getName());
    private static final Actor NIGHTLY = Actor.system("Nightly reconciliation");

    public enum Outcome {
        SETTLED, RETURNED, STILL_PENDING, NOT_PENDING, FAILED
    }

    /**
     * How a settlement went. {@code storedBefore} and {@code computedBefore} ("70.00 DUE") are set when the invoice's
     * stored balance already broke the rule before it: recording the settlement fixes that drift, and the job reports it.
     */
    public record Result(Outcome outcome, long invoiceId, String storedBefore, String computedBefore) {

        public boolean foundDrift() {
            return storedBefore != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    CurrentSettings settings;

    @Inject
    Formats formats;

    /** Pending payments the gateway gave a reference, after {@code afterId}, in id order. */
    public List<Long> pending(long afterId, int max) {
        return em.createNamedQuery("Payment.pendingWithReference", Long.class).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    public Result settle(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            return new Result(Outcome.NOT_PENDING, 0, null, null);
        }
        Invoice invoice = em.find(Invoice.class, payment.getInvoice().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(payment);
        if (!payment.isPending() || payment.getGatewayReference() == null) {
            return new Result(Outcome.NOT_PENDING, invoice.getId(), null, null);
        }
        Settlement settlement;
        try {
            settlement = gateway.settlement(payment.getGatewayReference());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The gateway could not say how payment " + paymentId + " settled", e);
            return new Result(Outcome.FAILED, invoice.getId(), null, null);
        }
        boolean drifted = !invoice.followsItsLedger();
        String storedBefore = drifted ? invoice.getBalance().toPlainString() + " " + invoice.getStatus() : null;
        String computedBefore = drifted ? described(invoice.computedBalance()) : null;
        Instant now = Instant.now();
        switch (settlement.state()) {
            case SETTLED -> {
                payment.succeed(null, now);
                audit.record(NIGHTLY, "PAYMENT_SETTLED", "Payment", paymentId, payment.getGatewayReference() + ", invoice "
                        + invoice.getNumber() + ", " + formats.money(payment.getPrincipal()));
                return new Result(Outcome.SETTLED, invoice.getId(), storedBefore, computedBefore);
            }
            case RETURNED -> {
                payment.markReturned(settlement.reason(), now);
                audit.record(NIGHTLY, "PAYMENT_RETURNED", "Payment", paymentId, payment.getGatewayReference() + ", invoice "
                        + invoice.getNumber() + ": " + settlement.reason());
                if (payment.getContact() != null) {
                    outbox.queue(PaymentMails.returned(payment, settings.get().title(), formats), "Payment:" + paymentId);
                }
                return new Result(Outcome.RETURNED, invoice.getId(), storedBefore, computedBefore);
            }
            default -> {
                return new Result(Outcome.STILL_PENDING, invoice.getId(), null, null);
            }
        }
    }

    /** "70.00 DUE", as the reconciliation's findings write a balance. */
    private static String described(BigDecimal balance) {
        return balance.toPlainString() + (balance.signum() > 0 ? " DUE" : " PAID");
    }
}
