package com.fieldportal.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Writes audit events in the caller's transaction: a change and its audit entry commit together. */
@Stateless
@PermitAll
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    public void record(Actor actor, String action, String targetType, Long targetId, String details) {
        em.persist(new AuditEvent(actor, action, targetType, targetId, details,
                origin.ipAddress(), origin.userAgent(), Instant.now()));
    }
}
