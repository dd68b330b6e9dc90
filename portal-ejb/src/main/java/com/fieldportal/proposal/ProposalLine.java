package com.fieldportal.proposal;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A service offered in a proposal; optional ones count only once the customer chooses them at signing. */
@Entity
@Table(name = "proposal_line")
public class ProposalLine extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    private String description;
    private BigDecimal quantity;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    private BigDecimal amount;

    @Column(name = "optional_line")
    private boolean optional;
    private boolean chosen;

    @Column(name = "sort_order")
    private int position;

    protected ProposalLine() {
    }

    ProposalLine(Proposal proposal, String description, BigDecimal quantity, BigDecimal unitPrice, boolean optional, int position) {
        this.proposal = proposal;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = Money.amount(unitPrice);
        this.amount = Money.amount(quantity.multiply(this.unitPrice));
        this.optional = optional;
        this.position = position;
    }

    void choose() {
        chosen = true;
    }

    /** What this line adds to the price: required lines always, optional lines once chosen. */
    BigDecimal priced() {
        return !optional || chosen ? amount : Money.ZERO;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isChosen() {
        return chosen;
    }
}
