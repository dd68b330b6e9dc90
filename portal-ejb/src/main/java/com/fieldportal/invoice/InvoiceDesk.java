package com.fieldportal.invoice;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.customer.CustomerAccount;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Invoices and credits in the staff console: an account's invoices, one invoice with its payments and credits,
 * waiving the card fee for an invoice, recording a credit and applying it. Changes lock the invoice row, like
 * payments do, so that a credit and a payment never together take an invoice below zero.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class InvoiceDesk {

    private static final int MAX_REASON = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignedInStaff staff;

    @Inject
    AuditLog audit;

    @Inject
    Formats formats;

    public Invoice invoice(long id) {
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new NotFoundException("Invoice");
        }
        return invoice;
    }

    public long countInvoices(long accountId) {
        return em.createNamedQuery("Invoice.countOfAccount", Long.class).setParameter("account", accountId).getSingleResult();
    }

    public List<InvoiceRow> invoices(long accountId, int first, int size) {
        return em.createNamedQuery("Invoice.rowsOfAccount", InvoiceRow.class).setParameter("account", accountId)
                .setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    public List<CreditRow> credits(long accountId) {
        return em.createNamedQuery("Credit.rowsOfAccount", CreditRow.class).setParameter("account", accountId).getResultList();
    }

    /** The credits of the invoice's account that still have something to apply. */
    public List<CreditRow> applicableCredits(long invoiceId) {
        long accountId = invoice(invoiceId).getProperty().getAccount().getId();
        return credits(accountId).stream().filter(c -> c.remaining().signum() > 0).toList();
    }

    /** Card payments of this invoice pay no convenience fee while it is waived ("turned off per job"). */
    public void waiveFee(long invoiceId, boolean waived) {
        Invoice invoice = locked(invoiceId);
        if (invoice.isFeeWaived() != waived) {
            invoice.waiveFee(waived);
            audit.record(staff.actor(), waived ? "FEE_WAIVED" : "FEE_RESTORED", "Invoice", invoiceId, invoice.getNumber());
        }
    }

    /** Money the contractor owes the account, numbered CR-5001 and on. It lowers no balance until applied. */
    public long recordCredit(long accountId, BigDecimal amount, String reason) {
        CustomerAccount account = em.find(CustomerAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException("Customer account");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new BusinessException(why.isEmpty() ? "Say what the credit is for." : "The reason has at most " + MAX_REASON + " characters.");
        }
        String number;
        do { // the back office numbers its own credits, and may have taken one of ours
            number = "CR-" + ((Number) em.createNativeQuery("SELECT nextval('credit_number_seq')").getSingleResult()).longValue();
        } while (!em.createQuery("SELECT c.id FROM Credit c WHERE c.number = :number").setParameter("number", number).getResultList().isEmpty());
        Credit credit = new Credit(account, number, null, amount, why, Instant.now());
        em.persist(credit);
        em.flush();
        audit.record(staff.actor(), "CREDIT_RECORDED", "Credit", credit.getId(),
                credit.getNumber() + " for " + account.getName() + ": " + formats.money(credit.getAmount()) + ", " + why);
        return credit.getId();
    }

    public void applyCredit(long creditId, long invoiceId, BigDecimal amount) {
        Invoice invoice = locked(invoiceId);
        Credit credit = em.find(Credit.class, creditId, LockModeType.PESSIMISTIC_WRITE);
        if (credit == null) {
            throw new NotFoundException("Credit");
        }
        invoice.applyCredit(credit, amount, Instant.now());
        audit.record(staff.actor(), "CREDIT_APPLIED", "Invoice", invoiceId,
                credit.getNumber() + ": " + formats.money(Money.amount(amount)) + " to " + invoice.getNumber());
    }

    private Invoice locked(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new NotFoundException("Invoice");
        }
        return invoice;
    }
}
