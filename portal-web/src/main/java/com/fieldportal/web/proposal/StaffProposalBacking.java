package com.fieldportal.web.proposal;

import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalDesk;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** One proposal in the staff console: its lines, the signature's audit trail, and winning or losing the opportunity. */
@Named
@ViewScoped
public class StaffProposalBacking implements Serializable {

    @EJB
    ProposalDesk desk;

    private String id;
    private Proposal proposal;

    /** f:viewAction */
    public void load() {
        proposal = desk.proposal(ViewParams.id(id, "Proposal"));
    }

    public void win() {
        change(() -> desk.win(proposal.getId(), proposal.getVersion()), " is won.");
    }

    public void lose() {
        change(() -> desk.lose(proposal.getId(), proposal.getVersion()), " is lost; the customer sees it as rejected.");
    }

    /** Does it, says so (or why not), and shows the proposal as it now is. */
    private void change(Runnable change, String done) {
        try {
            change.run();
            Messages.info("Proposal " + proposal.getNumber() + done);
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
        proposal = desk.proposal(proposal.getId());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Proposal getProposal() {
        return proposal;
    }
}
