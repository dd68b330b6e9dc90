package com.fieldportal.web.proposal;

import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalFilter;
import com.fieldportal.proposal.ProposalService;
import com.fieldportal.web.Pages;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PropertyFilter;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The proposal list with its Sort By filter (All, Pending, Accepted). */
@Named
@ViewScoped
public class ProposalsBacking implements Serializable {

    @EJB
    ProposalService proposals;
    @Inject
    PropertyFilter filter;

    private String show = ProposalFilter.ALL.name();
    private List<Proposal> rows;

    public void load() {
        ProposalFilter choice = ViewParams.choice(show, ProposalFilter.ALL);
        show = choice.name();
        rows = proposals.proposals(filter.getPropertyId(), choice);
    }

    public ProposalFilter[] getChoices() {
        return ProposalFilter.values();
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public void showChanged() throws IOException {
        Pages.reload();
    }

    public List<Proposal> getRows() {
        return rows;
    }
}
