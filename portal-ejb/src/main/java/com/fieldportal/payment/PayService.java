package com.fieldportal.payment;

import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.Section;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.invoice.PaymentStatus;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pay Invoice: a contact pays all or part of an open invoice with a saved method, exactly once per attempt.
 * <p>
 * Each attempt has a key, made when the dialog opens and sent with every submit of it. The attempt is recorded
 * (pending) before the gateway is asked, and the gateway gets the same key: a double click, a browser retry or
 * a retry after a lost answer finds the recorded attempt and the gateway's first answer, and charges nothing
 * more. No transaction is open while the gateway is asked, so that a slow processor holds no lock.
 */
@Stateless
@RolesAllowed(Roles.CONTACT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayService {

    static final String NO_ANSWER = "The payment processor did not answer, so we cannot tell yet whether you were charged."
            + " Nothing is recorded as paid. Press Pay again in a minute: you will not be charged twice.";
    private static final Logger LOG = Logger.getLogger(PayService.class.getName());

    @EJB
    PaymentLedger ledger;

    @EJB
    PaymentMethods methods;

    @EJB
    InvoiceService invoices;

    @Inject
    PaymentGateway gateway;

    @Inject
    CurrentSettings settings;

    public PayOptions options(long invoiceId) {
        settings.requireShown(Section.ELECTRONIC_PAYMENTS);
        Invoice invoice = invoices.invoice(invoiceId);
        FeeRule fee = FeeRule.of(settings.get());
        return new PayOptions(invoice.getId(), invoice.getNumber(), invoice.getBalance(), invoice.getPending(), invoice.getPayable(),
                methods.payableMethods(), invoice.isFeeWaived() ? BigDecimal.ZERO : fee.percent());
    }

    public Quote quote(long invoiceId, long methodId, BigDecimal amount) {
        return ledger.quote(invoiceId, methodId, amount);
    }

    /**
     * @throws PaymentDeclined when the gateway declined the charge
     * @throws BusinessException with words for the customer when the amount or the method will not do, or the gateway is silent
     */
    public Receipt pay(long invoiceId, long methodId, BigDecimal amount, String attemptKey) {
        if (attemptKey == null || !attemptKey.matches("[A-Za-z0-9_-]{16,64}")) {
            throw new BusinessException(PaymentLedger.FORM_USED);
        }
        PaymentLedger.Attempt attempt = ledger.reserve(invoiceId, methodId, amount, attemptKey);
        Receipt receipt = attempt.open() ? charge(attempt, attemptKey) : ledger.receipt(attempt.paymentId());
        if (receipt.status() == PaymentStatus.FAILED) {
            throw new PaymentDeclined(receipt.failureReason() == null ? "The payment was declined." : receipt.failureReason());
        }
        return receipt;
    }

    private Receipt charge(PaymentLedger.Attempt attempt, String key) {
        Charge charge;
        try {
            charge = gateway.charge(attempt.token(), attempt.total(), key);
        } catch (RuntimeException e) {
            // The attempt stays pending: the same attempt again, or the nightly job, asks the gateway how it ended.
            LOG.log(Level.WARNING, "Payment {0}: the gateway gave no answer: {1}", new Object[]{attempt.paymentId(), e.toString()});
            throw new BusinessException(NO_ANSWER);
        }
        return ledger.complete(attempt.paymentId(), charge);
    }
}
