package com.fieldportal.proposal;

import com.fieldportal.customer.Property;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Money;
import com.fieldportal.staff.StaffUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An opportunity the contractor proposes to a customer, priced by its lines, signed in the portal. */
@Entity
@Table(name = "proposal")
@NamedQuery(name = "Proposal.countSignedNotWon", query = """
        SELECT COUNT(p) FROM Proposal p WHERE p.customerStatus = com.fieldportal.proposal.CustomerStatus.ACCEPTED
        AND p.contractorStatus = com.fieldportal.proposal.ContractorStatus.DELIVERED""")
@NamedQuery(name = "Proposal.countOfStatusInScope", query = """
        SELECT COUNT(p) FROM Proposal p WHERE p.customerStatus = :status AND p.property.id IN :properties""")
/* All: newest estimated start first. */
@NamedQuery(name = "Proposal.allRowsInScope", query = """
        SELECT NEW com.fieldportal.proposal.ProposalRow(p.id, p.number, p.opportunityName, pr.name, p.estimatedStartDate, p.customerStatus, p.price)
        FROM Proposal p JOIN p.property pr WHERE pr.id IN :properties
        ORDER BY p.estimatedStartDate DESC, p.number DESC""")
/* Pending and Accepted: by estimated start date, soonest first. */
@NamedQuery(name = "Proposal.rowsOfStatusInScope", query = """
        SELECT NEW com.fieldportal.proposal.ProposalRow(p.id, p.number, p.opportunityName, pr.name, p.estimatedStartDate, p.customerStatus, p.price)
        FROM Proposal p JOIN p.property pr WHERE p.customerStatus = :status AND pr.id IN :properties
        ORDER BY p.estimatedStartDate, p.number""")
public class Proposal extends BaseEntity {

    @Column(name = "proposal_number")
    private String number;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "opportunity_name")
    private String opportunityName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "property_id")
    private Property property;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sales_rep_id")
    private StaffUser salesRep;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_contact_id")
    private StaffUser serviceContact;

    @Column(name = "sent_date")
    private LocalDate sentDate;
    @Column(name = "estimated_start_date")
    private LocalDate estimatedStartDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_status")
    private CustomerStatus customerStatus = CustomerStatus.PENDING;
    @Enumerated(EnumType.STRING)
    @Column(name = "contractor_status")
    private ContractorStatus contractorStatus = ContractorStatus.DELIVERED;

    /** Required lines plus chosen optional lines; kept up to date by this class so that lists need not load lines. */
    private BigDecimal price = Money.ZERO;

    private String terms;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProposalLine> lines = new ArrayList<>();

    @OneToOne(mappedBy = "proposal", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private ProposalSignature signature;

    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(String number, String externalId, String opportunityName, Property property,
                    StaffUser salesRep, StaffUser serviceContact, LocalDate sentDate, LocalDate estimatedStartDate, String terms) {
        this.number = number;
        this.externalId = externalId;
        this.opportunityName = opportunityName;
        this.property = property;
        this.salesRep = salesRep;
        this.serviceContact = serviceContact;
        this.sentDate = sentDate;
        this.estimatedStartDate = estimatedStartDate;
        this.terms = terms;
    }

    public ProposalLine addLine(String description, BigDecimal quantity, BigDecimal unitPrice, boolean optional) {
        requirePending();
        ProposalLine line = new ProposalLine(this, description, quantity, unitPrice, optional, lines.size() + 1);
        lines.add(line);
        price = computePrice();
        return line;
    }

    /**
     * The customer accepts: the chosen optional lines join the price and the signature is kept as evidence.
     * The contractor's side stays DELIVERED until staff win the opportunity.
     */
    public ProposalSignature sign(Signing signing, Set<ProposalLine> chosenOptional, String documentSha256) {
        requirePending();
        List<ProposalLine> chosenLines = lines.stream()
                .filter(line -> chosenOptional.stream().anyMatch(line::isSameAs)).toList();
        if (chosenLines.size() != chosenOptional.size() || chosenLines.stream().anyMatch(l -> !l.isOptional())) {
            throw new BusinessException("Only this proposal's optional services can be chosen.");
        }
        chosenLines.forEach(ProposalLine::choose);
        price = computePrice();
        customerStatus = CustomerStatus.ACCEPTED;
        String chosen = chosenLines.stream().map(ProposalLine::getDescription).collect(Collectors.joining("\n"));
        signature = new ProposalSignature(this, signing, chosen, documentSha256);
        return signature;
    }

    /** The customer declined, or the contractor lost the opportunity. */
    public void reject() {
        requirePending();
        customerStatus = CustomerStatus.REJECTED;
        contractorStatus = ContractorStatus.LOST;
    }

    private void requirePending() {
        if (customerStatus != CustomerStatus.PENDING) {
            throw new BusinessException("Proposal " + number + " is " + customerStatus.getLabel().toLowerCase() + " and can no longer change.");
        }
    }

    private BigDecimal computePrice() {
        return lines.stream().map(ProposalLine::priced).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The total of the required services, as first proposed. */
    public BigDecimal getOriginalTotal() {
        return lines.stream().filter(l -> !l.isOptional()).map(ProposalLine::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    public String getNumber() {
        return number;
    }

    public String getOpportunityName() {
        return opportunityName;
    }

    public String getTitle() {
        return number + " · " + opportunityName;
    }

    public Property getProperty() {
        return property;
    }

    public LocalDate getEstimatedStartDate() {
        return estimatedStartDate;
    }

    public CustomerStatus getCustomerStatus() {
        return customerStatus;
    }

    public ContractorStatus getContractorStatus() {
        return contractorStatus;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public List<ProposalLine> getLines() {
        return List.copyOf(lines);
    }
}
