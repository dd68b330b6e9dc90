package com.fieldportal.proposal;

import com.fieldportal.audit.Changes;
import com.fieldportal.customer.Property;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An opportunity the contractor proposes to a customer, priced by its lines, signed in the portal. */
@Entity
@Table(name = "proposal")
@NamedQuery(name = "Proposal.countSignedNotWon", query = """
        SELECT COUNT(p) FROM Proposal p WHERE p.customerStatus = com.fieldportal.proposal.CustomerStatus.ACCEPTED
        AND p.contractorStatus = com.fieldportal.proposal.ContractorStatus.DELIVERED""")
@NamedQuery(name = "Proposal.countOfStatusesInScope", query = """
        SELECT COUNT(p) FROM Proposal p WHERE p.customerStatus IN :statuses AND p.property.id IN :properties""")
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
/* The staff console's list: every customer's, newest sent first. */
@NamedQuery(name = "Proposal.staffRows", query = """
        SELECT NEW com.fieldportal.proposal.StaffProposalRow(p.id, p.number, p.opportunityName, a.id, a.name, pr.name, p.sentDate,
            p.customerStatus, p.contractorStatus, p.price, s.signedAt)
        FROM Proposal p JOIN p.property pr JOIN pr.account a LEFT JOIN p.signature s
        WHERE p.customerStatus IN :customerStatuses AND p.contractorStatus IN :contractorStatuses
          AND (LOWER(p.number) LIKE :text OR LOWER(p.opportunityName) LIKE :text OR LOWER(a.name) LIKE :text)
        ORDER BY p.sentDate DESC, p.number DESC""")
@NamedQuery(name = "Proposal.staffCount", query = """
        SELECT COUNT(p) FROM Proposal p JOIN p.property pr JOIN pr.account a
        WHERE p.customerStatus IN :customerStatuses AND p.contractorStatus IN :contractorStatuses
          AND (LOWER(p.number) LIKE :text OR LOWER(p.opportunityName) LIKE :text OR LOWER(a.name) LIKE :text)""")
public class Proposal extends BaseEntity implements ExternallyKnown {

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

    @Column(name = "decline_reason")
    private String declineReason;

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

    /**
     * The back office sends the proposal again. Once the customer has signed or declined it, it is evidence and
     * stays as it was: a changed proposal is refused. Returns what changed.
     */
    public Changes revise(String number, String opportunityName, Property property, StaffUser salesRep, StaffUser serviceContact,
                          LocalDate sentDate, LocalDate estimatedStartDate, String terms, List<ProposalLineItem> items) {
        String newLines = items.stream().map(ProposalLineItem::describe).toList().toString();
        Changes changes = new Changes().field("number", this.number, number).field("opportunityName", this.opportunityName, opportunityName)
                .field("property", Property.describe(this.property), Property.describe(property))
                .field("salesRep", StaffUser.emailOf(this.salesRep), StaffUser.emailOf(salesRep))
                .field("serviceContact", StaffUser.emailOf(this.serviceContact), StaffUser.emailOf(serviceContact))
                .field("sentDate", this.sentDate, sentDate).field("estimatedStartDate", this.estimatedStartDate, estimatedStartDate)
                .field("terms", this.terms, terms).field("lines", describeLines(), newLines);
        if (changes.isEmpty()) {
            return changes;
        }
        items.forEach(item -> Money.requireStorable(Money.amount(item.quantity().multiply(Money.amount(item.unitPrice()))),
                "A line of proposal " + number));
        Money.requireStorable(items.stream().map(item -> Money.amount(item.quantity().multiply(Money.amount(item.unitPrice()))))
                .reduce(Money.ZERO, BigDecimal::add), "Proposal " + number + "'s price");
        if (!isPending()) {
            throw new ProposalClosed("Proposal " + this.number + " was " + customerStatus.name().toLowerCase(java.util.Locale.ROOT)
                    + " by the customer; it cannot be changed. Send a new proposal instead.");
        }
        this.number = number;
        this.opportunityName = opportunityName;
        this.property = property;
        this.salesRep = salesRep;
        this.serviceContact = serviceContact;
        this.sentDate = sentDate;
        this.estimatedStartDate = estimatedStartDate;
        this.terms = terms;
        if (!describeLines().equals(newLines)) {
            lines.clear();
            items.forEach(item -> addLine(item.description(), item.quantity(), item.unitPrice(), item.optional()));
            price = computePrice();
        }
        return changes;
    }

    private String describeLines() {
        return lines.stream().map(line -> ProposalLineItem.describe(line.getDescription(), line.getQuantity(), line.getUnitPrice(),
                line.isOptional())).toList().toString();
    }


    public ProposalLine addLine(String description, BigDecimal quantity, BigDecimal unitPrice, boolean optional) {
        requirePending();
        ProposalLine line = new ProposalLine(this, description, quantity, unitPrice, optional, lines.size() + 1);
        lines.add(line);
        price = computePrice();
        return line;
    }

    /**
     * The customer accepts: the chosen optional lines join the price and the signature is kept as evidence, with the
     * document the customer was shown. The contractor's side stays DELIVERED until staff win the opportunity.
     */
    public ProposalSignature sign(Signing signing, Collection<ProposalLine> chosenOptional, byte[] shownDocument) {
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
        signature = new ProposalSignature(this, signing, chosen, shownDocument);
        return signature;
    }

    /** What the price would be with these optional lines chosen: what Select &amp; Sign shows as the boxes are ticked. */
    public BigDecimal priceWith(Collection<ProposalLine> chosenOptional) {
        return getOriginalTotal().add(getOptionalLines().stream().filter(line -> chosenOptional.stream().anyMatch(line::isSameAs))
                .map(ProposalLine::getAmount).reduce(Money.ZERO, BigDecimal::add));
    }

    /** This proposal's optional lines with these ids. */
    public List<ProposalLine> optionalLines(Collection<Long> ids) {
        List<ProposalLine> chosen = getOptionalLines().stream().filter(line -> ids.contains(line.getId())).toList();
        if (chosen.size() != Set.copyOf(ids).size()) {
            throw new BusinessException("Only this proposal's optional services can be chosen.");
        }
        return chosen;
    }

    /** The customer declined it (the reason is optional): Rejected for the customer, lost for the contractor. */
    public void decline(String reason) {
        requirePending();
        customerStatus = CustomerStatus.REJECTED;
        contractorStatus = ContractorStatus.LOST;
        declineReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Staff won the opportunity the customer signed. */
    public void win() {
        if (customerStatus != CustomerStatus.ACCEPTED || contractorStatus != ContractorStatus.DELIVERED) {
            throw new BusinessException("Only a signed proposal that is still delivered can be won; " + number + " is "
                    + customerStatus.getLabel().toLowerCase() + " and " + contractorStatus.getLabel().toLowerCase() + ".");
        }
        contractorStatus = ContractorStatus.WON;
    }

    /** Staff lost the opportunity, signed or not: the customer sees it Rejected. The signature stays as it was. */
    public void lose() {
        if (contractorStatus != ContractorStatus.DELIVERED) {
            throw new BusinessException("Proposal " + number + " is already " + contractorStatus.getLabel().toLowerCase() + ".");
        }
        contractorStatus = ContractorStatus.LOST;
        customerStatus = CustomerStatus.REJECTED;
    }

    /** @throws BusinessException once the proposal is signed, declined or lost */
    public void requirePending() {
        if (customerStatus != CustomerStatus.PENDING) {
            throw new BusinessException("Proposal " + number + " is already " + customerStatus.getLabel().toLowerCase()
                    + " and can no longer change.");
        }
    }

    private BigDecimal computePrice() {
        return lines.stream().map(ProposalLine::priced).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The total of the required services, as first proposed. */
    public BigDecimal getOriginalTotal() {
        return lines.stream().filter(l -> !l.isOptional()).map(ProposalLine::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    public List<ProposalLine> getRequiredLines() {
        return lines.stream().filter(line -> !line.isOptional()).toList();
    }

    public List<ProposalLine> getOptionalLines() {
        return lines.stream().filter(ProposalLine::isOptional).toList();
    }

    /** The optional lines the customer chose when signing. */
    public List<ProposalLine> getChosenLines() {
        return lines.stream().filter(line -> line.isOptional() && line.isChosen()).toList();
    }

    /** What the chosen optional lines added to the original total. */
    public BigDecimal getAddedByOptions() {
        return getChosenLines().stream().map(ProposalLine::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    public boolean isPending() {
        return customerStatus == CustomerStatus.PENDING;
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

    public LocalDate getSentDate() {
        return sentDate;
    }

    public StaffUser getSalesRep() {
        return salesRep;
    }

    public StaffUser getServiceContact() {
        return serviceContact;
    }

    public String getTerms() {
        return terms;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    /** The signature, once signed; null before. */
    public ProposalSignature getSignature() {
        return signature;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getExternalId() {
        return externalId;
    }
}
