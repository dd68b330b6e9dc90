package com.fieldportal.notification;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The outbox, for admins: mails waiting, sent and failed with their last error, and sending a failed one again.
 * On a demo server that sends nothing (portal.mail.transport=dev-outbox) it also shows what each mail says,
 * links included: that is where the demo's reset links are read.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OutboxAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @EJB
    AuditLog audit;

    @Inject
    SignedInStaff staff;

    /** @param status one status, or null for all */
    public List<OutboxRow> mails(MailStatus status, int first, int size) {
        return em.createNamedQuery("OutboxMail.ofStatuses", OutboxMail.class).setParameter("statuses", statuses(status))
                .setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList().stream()
                .map(m -> new OutboxRow(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(), m.getStatus(), m.getAttempts(),
                        m.getLastError(), m.getSentAt(), settings.isDevOutbox() ? m.getTextToSend() : null))
                .toList();
    }

    public long countMails(MailStatus status) {
        return em.createNamedQuery("OutboxMail.countOfStatuses", Long.class).setParameter("statuses", statuses(status)).getSingleResult();
    }

    private static Set<MailStatus> statuses(MailStatus status) {
        return status == null ? EnumSet.allOf(MailStatus.class) : EnumSet.of(status);
    }

    public boolean isDevOutbox() {
        return settings.isDevOutbox();
    }

    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new NotFoundException("Mail");
        }
        mail.retry(Instant.now());
        audit.record(staff.actor(), "MAIL_RETRIED", "OutboxMail", id, "to " + mail.getRecipient() + ": " + mail.getSubject());
    }
}
