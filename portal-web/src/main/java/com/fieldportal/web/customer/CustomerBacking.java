package com.fieldportal.web.customer;

import com.fieldportal.customer.AccountDetail;
import com.fieldportal.customer.ContactRow;
import com.fieldportal.customer.CustomerDirectory;
import com.fieldportal.customer.LinkedProperty;
import com.fieldportal.invoice.CreditRow;
import com.fieldportal.invoice.InvoiceDesk;
import com.fieldportal.invoice.InvoiceRow;
import com.fieldportal.signin.Invitations;
import com.fieldportal.signin.SignInAdministration;
import com.fieldportal.web.Messages;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One customer account in the staff console: its properties and contacts, and what staff do for a contact. */
@Named
@ViewScoped
public class CustomerBacking implements Serializable {

    @EJB
    CustomerDirectory directory;

    @EJB
    Invitations invitations;

    @EJB
    SignInAdministration signIns;

    @EJB
    InvoiceDesk invoiceDesk;

    private String id;
    private AccountDetail account;
    private Map<String, Long> failures;
    private ContactRow editing;
    private List<Long> linkedIds = new ArrayList<>();
    private List<CreditRow> credits;
    private BigDecimal creditAmount;
    private String creditReason;

    private final PagedModel<InvoiceRow> invoices = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return invoiceDesk.countInvoices(account.account().id());
        }

        @Override
        public List<InvoiceRow> rows(int first, int size) {
            return invoiceDesk.invoices(account.account().id(), first, size);
        }
    }, InvoiceRow::id);

    /** f:viewAction */
    public void load() {
        account = directory.account(ViewParams.id(id, "Customer account"));
        failures = signIns.recentFailures(account.contacts().stream().map(ContactRow::email).toList());
        credits = invoiceDesk.credits(account.account().id());
    }

    public void startCredit() {
        creditAmount = null;
        creditReason = null;
    }

    public void recordCredit() {
        invoiceDesk.recordCredit(account.account().id(), creditAmount, creditReason);
        Messages.info("Credit recorded. Apply it to an invoice from the invoice's page.");
        load();
    }

    public void invite(ContactRow contact) {
        invitations.inviteContact(contact.id());
        Messages.info((contact.invitedAt() == null ? "Invitation sent to " : "Invitation sent again to ") + contact.email() + ".");
        load();
    }

    public void unlock(ContactRow contact) {
        signIns.unlock(contact.email());
        Messages.info(contact.name() + " may sign in again at once.");
        load();
    }

    public void deactivate(ContactRow contact) {
        directory.deactivate(contact.id());
        Messages.info(contact.name() + " can no longer sign in; their sessions have ended.");
        load();
    }

    public void reactivate(ContactRow contact) {
        directory.reactivate(contact.id());
        Messages.info(contact.name() + " may sign in again.");
        load();
    }

    public void editLinks(ContactRow contact) {
        editing = contact;
        linkedIds = new ArrayList<>(contact.linkedProperties().stream().map(LinkedProperty::id).toList());
    }

    public void saveLinks() {
        Set<Long> wanted = new HashSet<>(linkedIds);
        Set<Long> had = new HashSet<>(editing.linkedProperties().stream().map(LinkedProperty::id).toList());
        for (Long propertyId : wanted) {
            if (!had.contains(propertyId)) {
                directory.link(editing.id(), propertyId);
            }
        }
        for (Long propertyId : had) {
            if (!wanted.contains(propertyId)) {
                directory.unlink(editing.id(), propertyId);
            }
        }
        Messages.info("The properties of " + editing.name() + " are saved.");
        editing = null;
        load();
    }

    public long failuresOf(ContactRow contact) {
        return failures.getOrDefault(contact.email(), 0L);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountDetail getAccount() {
        return account;
    }

    public ContactRow getEditing() {
        return editing;
    }

    public PagedModel<InvoiceRow> getInvoices() {
        return invoices;
    }

    public List<CreditRow> getCredits() {
        return credits;
    }

    public BigDecimal getCreditAmount() {
        return creditAmount;
    }

    public void setCreditAmount(BigDecimal creditAmount) {
        this.creditAmount = creditAmount;
    }

    public String getCreditReason() {
        return creditReason;
    }

    public void setCreditReason(String creditReason) {
        this.creditReason = creditReason;
    }

    public List<Long> getLinkedIds() {
        return linkedIds;
    }

    public void setLinkedIds(List<Long> linkedIds) {
        this.linkedIds = linkedIds;
    }
}
