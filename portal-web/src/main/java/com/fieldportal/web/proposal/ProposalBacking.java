package com.fieldportal.web.proposal;

import com.fieldportal.invoice.InvoiceRow;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalService;
import com.fieldportal.request.RequestRow;
import com.fieldportal.request.RequestService;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import com.fieldportal.web.Pages;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Proposal details, with what it is associated with (requests and invoices the contact may see), and declining it.
 * An id of a proposal the contact may not see answers "not found", like an id that does not exist.
 */
@Named
@ViewScoped
public class ProposalBacking implements Serializable {

    @EJB
    ProposalService proposals;

    @EJB
    InvoiceService invoices;

    @EJB
    RequestService requests;

    private String id;
    private Proposal proposal;
    private List<InvoiceRow> proposalInvoices;
    private List<RequestRow> relatedRequests;
    private String declineReason;

    /** f:viewAction */
    public void load() {
        proposal = proposals.proposal(ViewParams.id(id, "Proposal"));
        proposalInvoices = invoices.invoicesOfProposal(proposal.getId());
        relatedRequests = requests.requestsOfProposal(proposal.getId());
    }

    /** Declines, then shows the proposal again as it now is, with word of what happened. */
    public void decline() throws IOException {
        try {
            proposals.decline(proposal.getId(), proposal.getVersion(), declineReason);
            Messages.infoAfterRedirect("You declined proposal " + proposal.getNumber() + ". We let your sales representative know.");
        } catch (BusinessException e) {
            Messages.errorAfterRedirect(e.getMessage());
        }
        Pages.reload();
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

    public List<InvoiceRow> getInvoices() {
        return proposalInvoices;
    }

    public List<RequestRow> getRequests() {
        return relatedRequests;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}
