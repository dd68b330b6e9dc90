package com.fieldportal.invoice;

import com.fieldportal.proposal.Proposal;
import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A job an invoice bills for. The name is kept as the back office sent it; the proposal is known
 * only when the job came from a proposal in the portal.
 */
@Entity
@Table(name = "invoice_opportunity")
public class InvoiceOpportunity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Column(name = "opportunity_name")
    private String name;

    @Column(name = "sort_order")
    private int position;

    protected InvoiceOpportunity() {
    }

    InvoiceOpportunity(Invoice invoice, String name, Proposal proposal, int position) {
        this.invoice = invoice;
        this.name = name;
        this.proposal = proposal;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public Proposal getProposal() {
        return proposal;
    }
}
