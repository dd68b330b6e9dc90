package com.fieldportal.payment;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.Contact;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Formats;
import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Manage Payment Methods: a contact's own saved cards and bank accounts, there only while electronic payments
 * are on. A method is added from a gateway token (the numbers went to the gateway's fields, never here).
 */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class PaymentMethods {

    static final int MAX_SAVED = 10;
    private static final int MAX_TOKEN = 200;
    private static final Logger LOG = Logger.getLogger(PaymentMethods.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    @Inject
    PaymentGateway gateway;

    @Inject
    AuditLog audit;

    @Inject
    Formats formats;

    /** Every saved method, default first; expired cards too, marked, so that they can be removed. */
    public List<SavedMethod> methods() {
        access.scope(Section.ELECTRONIC_PAYMENTS, null);
        YearMonth now = YearMonth.now(formats.zone());
        return saved().stream().map(m -> SavedMethod.of(m, now)).toList();
    }

    /** The methods an invoice can be paid with: expired cards are left out. */
    public List<SavedMethod> payableMethods() {
        return methods().stream().filter(m -> !m.expired()).toList();
    }

    public HostedFields fields(PaymentType type) {
        access.scope(Section.ELECTRONIC_PAYMENTS, null);
        if (type != PaymentType.CARD && type != PaymentType.ACH) {
            throw new NotFoundException("This kind of payment method");
        }
        return gateway.hostedFields(type);
    }

    /** Saves the card or bank account the gateway's fields gave {@code token} for. The first one becomes the default. */
    public SavedMethod add(String token) {
        access.scope(Section.ELECTRONIC_PAYMENTS, null);
        Contact contact = lockedContact();
        List<PaymentMethod> saved = saved();
        if (saved.size() >= MAX_SAVED) {
            throw new BusinessException("You can save up to " + MAX_SAVED + " payment methods. Remove one you no longer use first.");
        }
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            throw new BusinessException("The payment method was not saved: the payment processor sent nothing. Please try again.");
        }
        boolean taken = !em.createQuery("SELECT m.id FROM PaymentMethod m WHERE m.gatewayToken = :token", Long.class)
                .setParameter("token", token).getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("This payment method is saved already.");
        }
        GatewayMethod described;
        try {
            described = gateway.describe(token);
        } catch (GatewayException e) {
            LOG.log(Level.WARNING, "The gateway could not describe a token of contact {0}: {1}", new Object[]{contact.getId(), e.getMessage()});
            throw new BusinessException("The payment method could not be saved: the payment processor did not confirm it. Please try again.");
        }
        PaymentMethod method = new PaymentMethod(contact, token, described, Instant.now());
        method.prefer(saved.isEmpty());
        em.persist(method);
        em.flush();
        audit.record(contact.actor(), "PAYMENT_METHOD_ADDED", "PaymentMethod", method.getId(), method.describe());
        return SavedMethod.of(method, YearMonth.now(formats.zone()));
    }

    public void remove(long methodId) {
        access.scope(Section.ELECTRONIC_PAYMENTS, null);
        Contact contact = lockedContact();
        PaymentMethod method = own(methodId);
        method.remove();
        List<PaymentMethod> left = saved();
        if (left.stream().noneMatch(PaymentMethod::isPreferred)) {
            YearMonth now = YearMonth.now(formats.zone());
            left.stream().filter(m -> !m.isExpired(now)).findFirst().ifPresent(m -> m.prefer(true));
        }
        audit.record(contact.actor(), "PAYMENT_METHOD_REMOVED", "PaymentMethod", methodId, method.describe());
    }

    public void makeDefault(long methodId) {
        access.scope(Section.ELECTRONIC_PAYMENTS, null);
        Contact contact = lockedContact();
        PaymentMethod chosen = own(methodId);
        if (chosen.isExpired(YearMonth.now(formats.zone()))) {
            throw new BusinessException(chosen.describe() + " has expired and cannot be the default. Remove it, or add the new card.");
        }
        saved().forEach(m -> m.prefer(m == chosen));
        audit.record(contact.actor(), "PAYMENT_METHOD_DEFAULT", "PaymentMethod", methodId, chosen.describe());
    }

    /** One of the caller's active methods. */
    private PaymentMethod own(long methodId) {
        PaymentMethod method = em.find(PaymentMethod.class, methodId);
        if (method == null || !method.isActive() || !method.isOwnedBy(access.caller().id())) {
            throw new NotFoundException("Payment method");
        }
        return method;
    }

    private List<PaymentMethod> saved() {
        return em.createNamedQuery("PaymentMethod.ofContact", PaymentMethod.class)
                .setParameter("contact", access.caller().id()).getResultList();
    }

    /** One change of a contact's methods at a time: two tabs adding at once still keep to the limit and one default. */
    private Contact lockedContact() {
        return em.find(Contact.class, access.caller().id(), LockModeType.PESSIMISTIC_WRITE);
    }
}
