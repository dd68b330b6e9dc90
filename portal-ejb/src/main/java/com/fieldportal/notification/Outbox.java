package com.fieldportal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Where the rest of the portal leaves e-mails: in the caller's transaction, so that they go out only if it commits. */
@Stateless
@PermitAll
public class Outbox {

    @PersistenceContext
    EntityManager em;

    public void queue(MailMessage message, String correlation) {
        em.persist(new OutboxMail(message, correlation, Instant.now()));
    }
}
