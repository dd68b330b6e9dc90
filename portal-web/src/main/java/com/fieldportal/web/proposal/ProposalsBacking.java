package com.fieldportal.web.proposal;

import com.fieldportal.proposal.ProposalFilter;
import com.fieldportal.proposal.ProposalRow;
import com.fieldportal.proposal.ProposalService;
import com.fieldportal.web.layout.FilteredList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/** The proposal list: Sort by All (default, newest estimated start first), Pending or Accepted (soonest first), a page at a time. */
@Named
@ViewScoped
public class ProposalsBacking extends FilteredList<ProposalFilter, ProposalRow> {

    @EJB
    ProposalService proposals;

    public ProposalsBacking() {
        super(ProposalFilter.ALL, ProposalRow::id);
    }

    @Override
    protected long count(Long propertyId, ProposalFilter choice) {
        return proposals.count(propertyId, choice);
    }

    @Override
    protected List<ProposalRow> find(Long propertyId, ProposalFilter choice, int first, int size) {
        return proposals.proposals(propertyId, choice, first, size);
    }
}
