package com.fieldportal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends one queued mail per transaction, so that one bad address does not hold back the others. */
@Stateless
@PermitAll
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    public List<Long> dueIds(int max) {
        return em.createNamedQuery("OutboxMail.due", Long.class)
                .setParameter("now", Instant.now())
                .setMaxResults(max)
                .getResultList();
    }

    /** The row lock keeps two servers (or two timer runs) from sending the same mail twice. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != MailStatus.PENDING) {
            return;
        }
        try {
            boolean leftTheServer = transport.send(mail.message());
            mail.markSent(Instant.now(), leftTheServer);
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail " + id + " to " + mail.getRecipient() + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
            mail.markAttemptFailed(e.toString(), Instant.now(), settings.maxAttempts());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Mail " + id + " to " + mail.getRecipient() + " not sent (attempt " + (mail.getAttempts() + 1) + ")", e);
            mail.markAttemptFailed(e.toString(), Instant.now(), settings.maxAttempts());
        }
    }
}
