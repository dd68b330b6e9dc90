package com.fieldportal.notification;

import com.fieldportal.security.Roles;
import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Where the rest of the portal leaves e-mails: in the caller's transaction, so that they go out only if it commits. */
@Stateless
@PermitAll
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    public void queue(MailMessage message, String correlation) {
        em.persist(new OutboxMail(message, correlation, Instant.now()));
    }

    /**
     * The newest mails of a demo server that sends none (portal.mail.transport=dev-outbox), with their links:
     * for the contractor's admin only.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<OutboxMail> devOutbox(int max) {
        if (!settings.isDevOutbox()) {
            throw new NotFoundException("The dev outbox");
        }
        return em.createNamedQuery("OutboxMail.recent", OutboxMail.class).setMaxResults(max).getResultList();
    }
}
