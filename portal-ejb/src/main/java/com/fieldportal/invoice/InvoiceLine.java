package com.fieldportal.invoice;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    private String description;
    private BigDecimal quantity;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    private BigDecimal amount;

    @Column(name = "sort_order")
    private int position;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, String description, BigDecimal quantity, BigDecimal unitPrice, int position) {
        this.invoice = invoice;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = Money.amount(unitPrice);
        this.amount = amountOf(quantity, unitPrice);
        this.position = position;
    }

    static BigDecimal amountOf(BigDecimal quantity, BigDecimal unitPrice) {
        return Money.amount(quantity.multiply(Money.amount(unitPrice)));
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
