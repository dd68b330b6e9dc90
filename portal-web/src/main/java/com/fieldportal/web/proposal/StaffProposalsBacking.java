package com.fieldportal.web.proposal;

import com.fieldportal.proposal.ProposalDesk;
import com.fieldportal.proposal.ProposalQueue;
import com.fieldportal.proposal.StaffProposalRow;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Proposals in the staff console: every customer's, by where they stand (?show=TO_WIN), found by number, name or customer. */
@Named
@ViewScoped
public class StaffProposalsBacking implements Serializable {

    @EJB
    ProposalDesk desk;

    private String show = ProposalQueue.ALL.name();
    private ProposalQueue queue = ProposalQueue.ALL;
    private String text;

    private final PagedModel<StaffProposalRow> proposals = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return desk.count(queue, text);
        }

        @Override
        public List<StaffProposalRow> rows(int first, int size) {
            return desk.proposals(queue, text, first, size);
        }
    }, StaffProposalRow::id);

    /** f:viewAction */
    public void load() {
        queue = ViewParams.choice(show, ProposalQueue.ALL);
        show = queue.name();
    }

    /** The Show button: the drop-down's choice applies. */
    public void filter() {
        load();
    }

    public ProposalQueue[] getQueues() {
        return ProposalQueue.values();
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PagedModel<StaffProposalRow> getProposals() {
        return proposals;
    }
}
