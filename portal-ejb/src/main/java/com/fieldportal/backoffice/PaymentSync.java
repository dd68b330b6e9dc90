package com.fieldportal.backoffice;

import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.invoice.Credit;
import com.fieldportal.invoice.CreditApplication;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.MethodSnapshot;
import com.fieldportal.invoice.Payment;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Money the back office handled: payments it received, credits it granted and how it applied them. The invoice (and
 * the credit) are locked first, as the portal's own payments lock them, so that no two payments overpay a balance.
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.API_WRITE)
public class PaymentSync implements ChunkStore<PaymentDocument> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Upserts upserts;

    public Stored payment(String externalId, PaymentDocument document) {
        return store(externalId, document, new References(em));
    }

    @Override
    public List<BulkItem> storeChunk(List<BulkItem> items, List<PaymentDocument> documents) {
        References references = new References(em);
        references.preload(Payment.class, documents.stream().map(Document::externalId).toList());
        references.preload(Invoice.class, documents.stream().map(PaymentDocument::invoice).toList());
        List<BulkItem> answers = ChunkStore.answer(items, documents, document -> store(document.externalId(), document, references));
        em.flush();
        return answers;
    }

    @Override
    public Stored storeOne(PaymentDocument document) {
        return payment(document.externalId(), document);
    }

    private Stored store(String externalId, PaymentDocument document, References references) {
        Invoice invoice = references.require(Invoice.class, "invoice", document.invoice());
        references.requireKnown();
        em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
        MethodSnapshot method = new MethodSnapshot(PaymentType.OFFLINE, describe(document), null);
        Optional<Payment> existing = references.find(Payment.class, externalId);
        if (existing.isPresent()) {
            if (!existing.get().getInvoice().isSameAs(invoice)) {
                throw new ConflictException("Payment " + externalId + " was recorded on invoice " + existing.get().getInvoice().getNumber()
                        + "; it cannot move to another invoice.");
            }
            return upserts.revised(existing.get(), externalId, invoice.reviseReceived(existing.get(), method, document.amount(),
                    document.receivedAt()));
        }
        Payment payment = invoice.recordReceived(externalId, method, document.amount(), document.receivedAt());
        em.persist(payment);
        references.remember(Payment.class, externalId, payment);
        return upserts.created(payment, externalId);
    }

    /** "Check 1042", "Cash", "Card 7781", as the customer's payment history shows it. */
    private static String describe(PaymentDocument document) {
        String kind = switch (document.method()) {
            case CHECK -> "Check";
            case CASH -> "Cash";
            case CARD -> "Card";
            case BANK_TRANSFER -> "Bank transfer";
        };
        return document.reference() == null || document.reference().isBlank() ? kind : kind + " " + document.reference().strip();
    }

    public Stored credit(String externalId, CreditDocument document) {
        References references = new References(em);
        CustomerAccount account = references.require(CustomerAccount.class, "account", document.account());
        references.requireKnown();
        Optional<Credit> existing = references.find(Credit.class, externalId);
        Upserts.requireFree(em, Credit.class, "number", document.number(), "Credit number", existing.orElse(null));
        if (existing.isPresent()) {
            Credit credit = existing.get();
            if (!credit.getAccount().isSameAs(account)) {
                throw new ConflictException("Credit " + externalId + " belongs to another customer account; it cannot move.");
            }
            em.lock(credit, LockModeType.PESSIMISTIC_WRITE);
            return upserts.revised(credit, externalId, credit.revise(document.number(), document.amount(), document.reason()));
        }
        Credit credit = new Credit(account, document.number(), externalId, document.amount(), document.reason(), Instant.now());
        em.persist(credit);
        return upserts.created(credit, externalId);
    }

    public Stored creditApplication(String externalId, CreditApplicationDocument document) {
        References references = new References(em);
        Credit credit = references.require(Credit.class, "credit", document.credit());
        Invoice invoice = references.require(Invoice.class, "invoice", document.invoice());
        references.requireKnown();
        em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
        em.lock(credit, LockModeType.PESSIMISTIC_WRITE);
        Optional<CreditApplication> existing = references.find(CreditApplication.class, externalId);
        if (existing.isPresent()) {
            CreditApplication application = existing.get();
            if (!application.getCredit().isSameAs(credit) || !application.getInvoice().isSameAs(invoice)) {
                throw new ConflictException("Credit application " + externalId + " applies credit " + application.getCredit().getNumber()
                        + " to invoice " + application.getInvoice().getNumber() + "; send a new one instead.");
            }
            return upserts.revised(application, externalId, invoice.reviseCredit(application, document.amount()));
        }
        CreditApplication application = invoice.applyCredit(credit, document.amount(), Instant.now());
        application.knownAs(externalId);
        em.persist(application);
        return upserts.created(application, externalId);
    }
}
