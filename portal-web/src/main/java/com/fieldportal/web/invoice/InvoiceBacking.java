package com.fieldportal.web.invoice;

import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Invoice details. An id of an invoice the contact may not see answers "not found", like an id that does not exist. */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

    @EJB
    InvoiceService invoices;

    private String id;
    private Invoice invoice;

    public void load() {
        invoice = invoices.invoice(ViewParams.id(id, "Invoice"));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Invoice getInvoice() {
        return invoice;
    }
}
