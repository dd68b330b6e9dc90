package com.fieldportal.invoice;

import com.fieldportal.audit.Changes;
import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Money the contractor owes the customer account. It lowers a balance only once applied to an invoice
 * (see {@link Invoice#applyCredit}); an unapplied credit never reduces the current balance.
 */
@Entity
@Table(name = "credit")
@NamedQuery(name = "Credit.rowsOfAccount", query = """
        SELECT NEW com.fieldportal.invoice.CreditRow(c.id, c.number, c.amount, c.remaining, c.reason, c.createdAt)
        FROM Credit c WHERE c.account.id = :account ORDER BY c.createdAt DESC, c.id DESC""")
public class Credit extends BaseEntity implements ExternallyKnown {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_account_id")
    private CustomerAccount account;

    @Column(name = "credit_number")
    private String number;
    @Column(name = "external_id")
    private String externalId;

    private BigDecimal amount;
    /** amount minus what has been applied; the nightly job checks it against the applications. */
    private BigDecimal remaining;
    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "credit")
    private List<CreditApplication> applications = new ArrayList<>();

    @Version
    private long version;

    protected Credit() {
    }

    public Credit(CustomerAccount account, String number, String externalId, BigDecimal amount, String reason, Instant createdAt) {
        this.account = account;
        this.number = number;
        this.externalId = externalId;
        this.amount = Money.requireCents(amount, "The credit");
        this.remaining = this.amount;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    CreditApplication applyTo(Invoice invoice, BigDecimal applied, Instant at) {
        if (applied.compareTo(remaining) > 0) {
            throw new BusinessException("Credit " + number + " has only " + remaining + " left to apply.");
        }
        CreditApplication application = new CreditApplication(this, invoice, applied, at);
        applications.add(application);
        remaining = remaining.subtract(applied);
        return application;
    }

    /** The back office sends the credit again; its amount cannot drop below what has been applied. */
    public Changes revise(String number, BigDecimal amount, String reason) {
        BigDecimal newAmount = Money.requireCents(amount, "The credit");
        Changes changes = new Changes().field("number", this.number, number).field("amount", this.amount, newAmount)
                .field("reason", this.reason, reason);
        BigDecimal applied = this.amount.subtract(remaining);
        if (newAmount.compareTo(applied) < 0) {
            throw new BusinessException("Credit " + this.number + " has " + applied + " applied already; it cannot become " + newAmount + ".");
        }
        this.number = number;
        this.remaining = newAmount.subtract(applied);
        this.amount = newAmount;
        this.reason = reason;
        return changes;
    }

    void reapply(CreditApplication application, BigDecimal amount) {
        BigDecimal more = amount.subtract(application.getAmount());
        if (more.compareTo(remaining) > 0) {
            throw new BusinessException("Credit " + number + " has only " + remaining.add(application.getAmount()) + " left to apply.");
        }
        remaining = remaining.subtract(more);
        application.changeAmount(amount);
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public String getNumber() {
        return number;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getRemaining() {
        return remaining;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String getExternalId() {
        return externalId;
    }
}
