package com.fieldportal.payment;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.AuditLog;
import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.notification.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds contacts, for the nightly job, that their default card runs out within 30 days: one mail per card, ever.
 * The mail is queued and the card marked reminded in the caller's transaction, so a rerun never sends it twice.
 */
@Stateless
@PermitAll
public class CardExpiryReminders {

    static final int DAYS_AHEAD = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    CurrentSettings settings;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    /** Cards that may need a reminder, after {@code afterId}, in id order (default and active are checked when reminded). */
    public List<Long> candidates(long afterId, int max, LocalDate today) {
        return em.createNamedQuery("PaymentMethod.expiringCards", Long.class).setParameter("after", afterId)
                .setParameter("fromMonth", monthNumber(YearMonth.from(today)))
                .setParameter("toMonth", monthNumber(YearMonth.from(today.plusDays(DAYS_AHEAD))))
                .setMaxResults(max).getResultList();
    }

    /** @return whether a reminder went out */
    public boolean remind(long methodId, LocalDate today) {
        PaymentMethod method = em.find(PaymentMethod.class, methodId, LockModeType.PESSIMISTIC_WRITE);
        if (method == null || !method.needsExpiryReminder(today, DAYS_AHEAD) || !method.getContact().isActive()) {
            return false;
        }
        method.reminded(Instant.now());
        outbox.queue(PaymentMails.expiringCard(method, settings.get().title(), baseUrl), "PaymentMethod:" + methodId);
        audit.record(Actor.system("Nightly reconciliation"), "CARD_EXPIRY_REMINDED", "PaymentMethod", methodId, method.describe());
        return true;
    }

    private static int monthNumber(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue();
    }
}
