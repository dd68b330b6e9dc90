package com.fieldportal.dashboard;

import com.fieldportal.reconciliation.ReconciliationRun;
import com.fieldportal.request.RequestStatus;
import com.fieldportal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** The counts that matter each morning, across the portal, for the staff console's first page. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class StaffDashboard {

    @PersistenceContext
    EntityManager em;

    public StaffCounts counts() {
        Optional<ReconciliationRun> lastRun = em.createNamedQuery("ReconciliationRun.latest", ReconciliationRun.class)
                .setMaxResults(1).getResultStream().findFirst();
        return new StaffCounts(
                count(em.createNamedQuery("ServiceRequest.countOfStatus", Long.class).setParameter("status", RequestStatus.OPEN).getSingleResult()),
                count(em.createNamedQuery("Proposal.countSignedNotWon", Long.class).getSingleResult()),
                count(em.createNamedQuery("Invoice.countDue", Long.class).getSingleResult()),
                count(em.createNamedQuery("Invoice.countOverdue", Long.class).setParameter("today", LocalDate.now()).getSingleResult()),
                count(em.createNamedQuery("OutboxMail.countFailed", Long.class).getSingleResult()),
                lastRun.map(ReconciliationRun::getStartedAt).orElse(null),
                lastRun.map(r -> r.getStatus().name()).orElse(null));
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }
}
