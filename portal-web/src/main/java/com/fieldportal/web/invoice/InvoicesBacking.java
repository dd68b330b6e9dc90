package com.fieldportal.web.invoice;

import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.InvoiceFilter;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.web.Pages;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PropertyFilter;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The invoice list with its Show filter (All, Due, Paid), newest invoice first. */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    @EJB
    InvoiceService invoices;
    @Inject
    PropertyFilter filter;

    private String show = InvoiceFilter.ALL.name();
    private List<Invoice> rows;

    public void load() {
        InvoiceFilter choice = ViewParams.choice(show, InvoiceFilter.ALL);
        show = choice.name();
        rows = invoices.invoices(filter.getPropertyId(), choice);
    }

    public InvoiceFilter[] getChoices() {
        return InvoiceFilter.values();
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public void showChanged() throws IOException {
        Pages.reload();
    }

    public List<Invoice> getRows() {
        return rows;
    }
}
