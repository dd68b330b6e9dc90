package com.fieldportal.web.reconciliation;

import com.fieldportal.reconciliation.ReconciliationDesk;
import com.fieldportal.reconciliation.ReconciliationFinding;
import com.fieldportal.reconciliation.ReconciliationRun;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One run's report: its counts per step and what it found. */
@Named
@ViewScoped
public class ReconciliationRunBacking implements Serializable {

    @EJB
    ReconciliationDesk desk;

    private Long id;
    private ReconciliationRun run;

    private final PagedModel<ReconciliationFinding> findings = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return run == null ? 0 : desk.countFindings(id);
        }

        @Override
        public List<ReconciliationFinding> rows(int first, int size) {
            return run == null ? List.of() : desk.findings(id, first, size);
        }
    }, ReconciliationFinding::getId);

    public void load() {
        run = desk.run(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReconciliationRun getRun() {
        return run;
    }

    public PagedModel<ReconciliationFinding> getFindings() {
        return findings;
    }
}
