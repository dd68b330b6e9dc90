package com.fieldportal.web.layout;

import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.invoice.InvoiceService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** What the customer pages' header and menu show about the signed-in contact: name and current balance. */
@Named
@RequestScoped
public class CustomerHeader {

    @Inject
    CustomerAccess access;

    @EJB
    InvoiceService invoices;

    @Inject
    Branding branding;

    @Inject
    PropertyFilter filter;

    private String contactName;
    private BigDecimal balance;

    @PostConstruct
    void load() {
        contactName = access.caller().name();
        if (branding.getSettings().showInvoices()) {
            balance = invoices.currentBalance(filter.getPropertyId());
        }
    }

    public String getContactName() {
        return contactName;
    }

    /** Null when invoices are switched off: the balance is theirs. */
    public BigDecimal getBalance() {
        return balance;
    }
}
