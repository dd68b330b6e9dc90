package com.fieldportal.invoice;

import com.fieldportal.audit.Changes;
import com.fieldportal.customer.Contact;
import com.fieldportal.customer.Property;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Money;
import com.fieldportal.shared.Tokens;
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
public class Invoice extends BaseEntity implements ExternallyKnown {

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

    /** A new invoice; the back office's are filled in by {@link #revise}. */
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

    /**
     * The back office sends the invoice again: what it says now replaces what it said, unless money already
     * received or credited would then be more than the new total. Returns what changed (nothing, if it is the same).
     */
    public Changes revise(String number, Property property, StaffUser serviceContact, LocalDate invoiceDate, LocalDate dueDate,
                          List<LineItem> items, List<BilledJob> jobs) {
        Changes changes = new Changes()
                .field("number", this.number, number)
                .field("property", Property.describe(this.property), Property.describe(property))
                .field("serviceContact", StaffUser.emailOf(this.serviceContact), StaffUser.emailOf(serviceContact))
                .field("invoiceDate", this.invoiceDate, invoiceDate)
                .field("dueDate", this.dueDate, dueDate)
                .field("lines", describeLines(), describe(items))
                .field("jobs", describeJobs(), jobs.stream().map(BilledJob::describe).toList().toString());
        if (changes.isEmpty()) {
            return changes;
        }
        if (this.property != null && !this.property.getAccount().isSameAs(property.getAccount()) && !creditApplications.isEmpty()) {
            throw new BusinessException("Invoice " + this.number + " has credits of its customer account applied; it cannot move to another account's property.");
        }
        List<BigDecimal> amounts = items.stream().map(item -> InvoiceLine.amountOf(item.quantity(), item.unitPrice())).toList();
        BigDecimal newTotal = amounts.stream().reduce(Money.ZERO, BigDecimal::add);
        Money.requireStorable(newTotal, "Invoice " + number + "'s total");
        amounts.forEach(amount -> Money.requireStorable(amount, "A line of invoice " + number));
        BigDecimal received = total.subtract(computedBalanceUnclamped()).add(getPending());
        if (newTotal.signum() < 0 || newTotal.compareTo(received) < 0) {
            throw new BusinessException("Invoice " + number + " would total " + newTotal + (newTotal.signum() < 0
                    ? "; an invoice cannot total less than zero."
                    : ", less than the " + received + " already paid, credited or on its way on it."));
        }
        // Checked first, changed after: a refused document leaves the invoice as it was (a bulk goes on with the next one).
        this.number = number;
        this.property = property;
        this.serviceContact = serviceContact;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
        if (!describeLines().equals(describe(items))) {
            lines.clear();
            items.forEach(item -> lines.add(new InvoiceLine(this, item.description(), item.quantity(), item.unitPrice(), lines.size() + 1)));
            total = newTotal;
        }
        if (!describeJobs().equals(jobs.stream().map(BilledJob::describe).toList().toString())) {
            opportunities.clear();
            jobs.forEach(job -> addOpportunity(job.name(), job.proposal()));
        }
        recalculate();
        return changes;
    }

    private String describeLines() {
        return lines.stream().map(line -> LineItem.describe(line.getDescription(), line.getQuantity(), line.getUnitPrice())).toList().toString();
    }

    private static String describe(List<LineItem> items) {
        return items.stream().map(item -> LineItem.describe(item.description(), item.quantity(), item.unitPrice())).toList().toString();
    }

    private String describeJobs() {
        return opportunities.stream().map(job -> new BilledJob(job.getName(), job.getProposal()).describe()).toList().toString();
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

    /** A payment the back office received (a check, cash, its own card terminal): settled at once. */
    public Payment recordReceived(String externalId, MethodSnapshot method, BigDecimal amount, Instant at) {
        Payment payment = recordPayment(null, method, amount, Money.ZERO, "back-office:" + Tokens.sha256(externalId),
                PaymentSource.BACK_OFFICE, at);
        payment.knownAs(externalId);
        payment.succeed(null, at);
        return payment;
    }

    /** The back office corrects a payment it recorded: the new amount must still fit the balance. */
    public Changes reviseReceived(Payment payment, MethodSnapshot method, BigDecimal amount, Instant at) {
        BigDecimal principal = Money.requireCents(amount, "The payment amount");
        Changes changes = payment.revise(method, principal, at);
        if (changes.isEmpty()) {
            return changes;
        }
        BigDecimal more = principal.subtract(payment.getPrincipal());
        if (more.compareTo(getPayable()) > 0) {
            throw new BusinessException("The payment of " + principal + " is more than the " + getPayable().add(payment.getPrincipal())
                    + " that can be paid on invoice " + number + ".");
        }
        payment.correct(method, principal, at);
        recalculate();
        return changes;
    }

    /** The back office changes how much of a credit went to this invoice. */
    public Changes reviseCredit(CreditApplication application, BigDecimal amount) {
        BigDecimal applied = Money.requireCents(amount, "The credit applied");
        Changes changes = new Changes().field("amount", application.getAmount(), applied);
        if (changes.isEmpty()) {
            return changes;
        }
        BigDecimal more = applied.subtract(application.getAmount());
        if (more.compareTo(getPayable()) > 0) {
            throw new BusinessException("Invoice " + number + " has only " + getPayable().add(application.getAmount()) + " left to credit.");
        }
        application.getCredit().reapply(application, applied);
        recalculate();
        return changes;
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
        return computedBalanceUnclamped().max(Money.ZERO);
    }

    private BigDecimal computedBalanceUnclamped() {
        BigDecimal paid = payments.stream().map(Payment::countedPrincipal).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal credited = creditApplications.stream()
                .map(CreditApplication::getAmount).reduce(Money.ZERO, BigDecimal::add);
        return total.subtract(paid).subtract(credited);
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

    @Override
    public String getExternalId() {
        return externalId;
    }
}
