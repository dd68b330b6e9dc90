package com.fieldportal.web.invoice;

import com.fieldportal.invoice.InvoiceRow;
import com.fieldportal.invoice.InvoiceFilter;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.web.layout.FilteredList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/** The invoice list: Show All (default), Due or Paid, newest invoice first. */
@Named
@ViewScoped
public class InvoicesBacking extends FilteredList<InvoiceFilter, InvoiceRow> {

    @EJB
    InvoiceService invoices;

    public InvoicesBacking() {
        super(InvoiceFilter.ALL);
    }

    @Override
    protected List<InvoiceRow> find(Long propertyId, InvoiceFilter choice) {
        return invoices.invoices(propertyId, choice);
    }
}
