package com.fieldportal.invoice;

import com.fieldportal.customer.Contact;
import com.fieldportal.customer.Property;
import com.fieldportal.proposal.Proposal;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A bill for work at one property. Its balance follows DESIGN.md: total minus succeeded payments
 * (principal only, never the convenience fee) minus applied credits, never below zero; Due while the
 * balance is above zero, Paid after. The balance is stored so that lists and sums need no joins; every
 * change of payments or credits goes through this class, and the nightly job checks it.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(name = "Invoice.countDue", query = "SELECT COUNT(i) FROM Invoice i WHERE i.status = com.fieldportal.invoice.InvoiceStatus.DUE")
@NamedQuery(name = "Invoice.countOverdue", query = """
        SELECT COUNT(i) FROM Invoice i WHERE i.status = com.fieldportal.invoice.InvoiceStatus.DUE AND i.dueDate < :today""")
@NamedQuery(name = "Invoice.balanceInScope", query = """
        SELECT SUM(i.balance) FROM Invoice i WHERE i.status = com.fieldportal.invoice.InvoiceStatus.DUE AND i.property.id IN :properties""")
@NamedQuery(name = "Invoice.countInScope", query = """
        SELECT COUNT(i) FROM Invoice i WHERE i.status IN :statuses AND i.property.id IN :properties""")
/* The invoices that bill a proposal's job. */
@NamedQuery(name = "Invoice.rowsOfProposalInScope", query = """
        SELECT NEW com.fieldportal.invoice.InvoiceRow(i.id, i.number, MIN(o.name), COUNT(o), p.name, i.invoiceDate, i.balance, i.status)
        FROM Invoice i JOIN i.property p JOIN i.opportunities o
        WHERE p.id IN :properties
          AND EXISTS (SELECT billed FROM InvoiceOpportunity billed WHERE billed.invoice = i AND billed.proposal.id = :proposal)
        GROUP BY i.id, i.number, p.name, i.invoiceDate, i.balance, i.status
        ORDER BY i.invoiceDate DESC, i.number DESC""")
@NamedQuery(name = "Invoice.rowsInScope", query = """
        SELECT NEW com.fieldportal.invoice.InvoiceRow(i.id, i.number, MIN(o.name), COUNT(o), p.name, i.invoiceDate, i.balance, i.status)
        FROM Invoice i JOIN i.property p LEFT JOIN i.opportunities o
        WHERE i.status IN :statuses AND p.id IN :properties
        GROUP BY i.id, i.number, p.name, i.invoiceDate, i.balance, i.status
        ORDER BY i.invoiceDate DESC, i.number DESC""")
@NamedQuery(name = "Invoice.countOfAccount", query = "SELECT COUNT(i) FROM Invoice i WHERE i.property.account.id = :account")
@NamedQuery(name = "Invoice.rowsOfAccount", query = """
        SELECT NEW com.fieldportal.invoice.InvoiceRow(i.id, i.number, MIN(o.name), COUNT(o), p.name, i.invoiceDate, i.balance, i.status)
        FROM Invoice i JOIN i.property p LEFT JOIN i.opportunities o
        WHERE p.account.id = :account
        GROUP BY i.id, i.number, p.name, i.invoiceDate, i.balance, i.status
        ORDER BY i.invoiceDate DESC, i.number DESC""")
@NamedQuery(name = "Invoice.openInScope", query = """
        SELECT i FROM Invoice i JOIN FETCH i.property WHERE i.status = com.fieldportal.invoice.InvoiceStatus.DUE AND i.property.id IN :properties
        ORDER BY i.invoiceDate, i.number""")
public class Invoice extends BaseEntity {

    @Column(name = "invoice_number")
    private String number;
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "due_date")
    private LocalDate dueDate;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "property_id")
    private Property property;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_contact_id")
    private StaffUser serviceContact;

    private BigDecimal total = Money.ZERO;
    private BigDecimal balance = Money.ZERO;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status = InvoiceStatus.PAID;

    @Column(name = "fee_waived")
    private boolean feeWaived;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceOpportunity> opportunities = new ArrayList<>();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    private List<Payment> payments = new ArrayList<>();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    private List<CreditApplication> creditApplications = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(String number, String externalId, Property property, StaffUser serviceContact,
                   LocalDate invoiceDate, LocalDate dueDate) {
        this.number = number;
        this.externalId = externalId;
        this.property = property;
        this.serviceContact = serviceContact;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
    }

    public InvoiceLine addLine(String description, BigDecimal quantity, BigDecimal unitPrice) {
        InvoiceLine line = new InvoiceLine(this, description, quantity, unitPrice, lines.size() + 1);
        lines.add(line);
        total = lines.stream().map(InvoiceLine::getAmount).reduce(Money.ZERO, BigDecimal::add);
        recalculate();
        return line;
    }

    public void addOpportunity(String name, Proposal proposal) {
        opportunities.add(new InvoiceOpportunity(this, name, proposal, opportunities.size() + 1));
    }

    /**
     * Records a payment attempt. Card payments succeed at once through {@link Payment#succeed}; ACH
     * payments stay pending until settled. Pending payments already count against what may be paid.
     */
    public Payment recordPayment(Contact payer, MethodSnapshot method, BigDecimal principal, BigDecimal fee,
                                 String idempotencyKey, PaymentSource source, Instant at) {
        BigDecimal amount = Money.requireCents(principal, "The payment amount");
        BigDecimal payable = getPayable();
        if (amount.compareTo(payable) > 0) {
            throw new BusinessException(payable.signum() == 0
                    ? "Invoice " + number + " has nothing left to pay" + (getPending().signum() > 0 ? " (a payment is still on its way)." : ".")
                    : "The payment of " + amount + " is more than the " + payable + " that can still be paid on invoice " + number + ".");
        }
        Payment payment = new Payment(this, payer, method, amount, Money.amount(fee), idempotencyKey, source, at);
        payments.add(payment);
        return payment;
    }

    public CreditApplication applyCredit(Credit credit, BigDecimal amount, Instant at) {
        BigDecimal applied = Money.requireCents(amount, "The credit applied");
        if (!credit.getAccount().isSameAs(property.getAccount())) {
            throw new BusinessException("Credit " + credit.getNumber() + " belongs to another customer account.");
        }
        BigDecimal payable = getPayable();
        if (applied.compareTo(payable) > 0) {
            throw new BusinessException("Invoice " + number + " has only " + payable + " left to credit.");
        }
        CreditApplication application = credit.applyTo(this, applied, at);
        creditApplications.add(application);
        recalculate();
        return application;
    }

    /** What the balance should be, from the lines, payments and credits this invoice knows of. */
    public BigDecimal computedBalance() {
        BigDecimal paid = payments.stream().map(Payment::countedPrincipal).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal credited = creditApplications.stream()
                .map(CreditApplication::getAmount).reduce(Money.ZERO, BigDecimal::add);
        return total.subtract(paid).subtract(credited).max(Money.ZERO);
    }

    public void recalculate() {
        balance = computedBalance();
        status = statusOf(balance);
    }

    /** Whether the stored balance and status are what the lines, payments and credits say. */
    public boolean followsItsLedger() {
        BigDecimal computed = computedBalance();
        return balance.compareTo(computed) == 0 && status == statusOf(computed);
    }

    private static InvoiceStatus statusOf(BigDecimal balance) {
        return balance.signum() > 0 ? InvoiceStatus.DUE : InvoiceStatus.PAID;
    }

    /** The balance less payments still pending (ACH not yet settled, or a charge under way). */
    public BigDecimal getPayable() {
        return balance.subtract(getPending()).max(Money.ZERO);
    }

    /** Payments on their way: they do not lower the balance yet, but they cannot be paid twice. */
    public BigDecimal getPending() {
        return payments.stream().filter(Payment::isPending).map(Payment::getPrincipal).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The contractor may let an invoice be paid by card without the convenience fee ("turned off per job"). */
    public void waiveFee(boolean waived) {
        this.feeWaived = waived;
    }

    public boolean isFeeWaived() {
        return feeWaived;
    }

    public boolean isOpen() {
        return status == InvoiceStatus.DUE;
    }

    public List<Payment> getPayments() {
        return payments.stream().sorted(Comparator.comparing(Payment::getCreatedAt)).toList();
    }

    public List<CreditApplication> getCreditApplications() {
        return List.copyOf(creditApplications);
    }

    /** "INV-1001 · Spring cleanup", or the number alone when the invoice spans several jobs. */
    public String getTitle() {
        return opportunities.size() == 1 ? number + " · " + opportunities.get(0).getName() : number;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Property getProperty() {
        return property;
    }

    public StaffUser getServiceContact() {
        return serviceContact;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public List<InvoiceLine> getLines() {
        return List.copyOf(lines);
    }

    public List<InvoiceOpportunity> getOpportunities() {
        return List.copyOf(opportunities);
    }
}
