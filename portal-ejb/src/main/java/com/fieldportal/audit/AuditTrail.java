package com.fieldportal.audit;

import com.fieldportal.security.Roles;
import com.fieldportal.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** The audit log, for admins: filtered by who, what and when, newest first, a page at a time or all of it. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditTrail {

    private static final int EXPORT_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    public List<AuditRow> events(AuditFilter filter, ZoneId zone, int first, int size) {
        return query(filter, zone).setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    public long countEvents(AuditFilter filter, ZoneId zone) {
        return em.createNamedQuery("AuditEvent.countFiltered", Long.class)
                .setParameter("who", filter.whoPattern()).setParameter("what", filter.whatPattern())
                .setParameter("from", filter.fromInstant(zone)).setParameter("to", filter.toInstant(zone)).getSingleResult();
    }

    /** Every event the filter lets through, a batch at a time (for the CSV export: never all in memory at once). */
    public void forEach(AuditFilter filter, ZoneId zone, Consumer<AuditRow> each) {
        for (int first = 0; ; first += EXPORT_BATCH) {
            List<AuditRow> batch = query(filter, zone).setFirstResult(first).setMaxResults(EXPORT_BATCH).getResultList();
            batch.forEach(each);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            em.clear();
        }
    }

    private TypedQuery<AuditRow> query(AuditFilter filter, ZoneId zone) {
        return em.createNamedQuery("AuditEvent.filtered", AuditRow.class)
                .setParameter("who", filter.whoPattern()).setParameter("what", filter.whatPattern())
                .setParameter("from", filter.fromInstant(zone)).setParameter("to", filter.toInstant(zone));
    }
}
