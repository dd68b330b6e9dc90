package com.fieldportal.reconciliation;

import com.fieldportal.security.Roles;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The nightly job in the staff console: its run history, each run's report and findings, and a start on demand. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ReconciliationDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignedInStaff staff;

    @EJB
    ReconciliationJob job;

    /** Newest first. */
    public List<ReconciliationRun> runs(int first, int size) {
        return em.createNamedQuery("ReconciliationRun.latest", ReconciliationRun.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countRuns() {
        return em.createNamedQuery("ReconciliationRun.count", Long.class).getSingleResult();
    }

    public ReconciliationRun run(long id) {
        ReconciliationRun run = em.find(ReconciliationRun.class, id);
        if (run == null) {
            throw new NotFoundException("Reconciliation run");
        }
        return run;
    }

    public List<ReconciliationFinding> findings(long runId, int first, int size) {
        return em.createNamedQuery("ReconciliationFinding.ofRun", ReconciliationFinding.class).setParameter("run", runId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countFindings(long runId) {
        return em.createNamedQuery("ReconciliationFinding.countOfRun", Long.class).setParameter("run", runId).getSingleResult();
    }

    /** @return the run started (or resumed); refused while another is under way */
    public long startNow() {
        return job.start(staff.actor().name());
    }
}
