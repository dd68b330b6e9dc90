package com.fieldportal.web.invoice;

import com.fieldportal.invoice.InvoiceFilter;
import com.fieldportal.invoice.InvoiceRow;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.web.layout.FilteredList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/** The invoice list: Show All (default), Due or Paid (?show=DUE), newest invoice first, a page at a time. */
@Named
@ViewScoped
public class InvoicesBacking extends FilteredList<InvoiceFilter, InvoiceRow> {

    @EJB
    InvoiceService invoices;

    public InvoicesBacking() {
        super(InvoiceFilter.ALL, InvoiceRow::id);
    }

    @Override
    protected long count(Long propertyId, InvoiceFilter choice) {
        return invoices.countInvoices(propertyId, choice);
    }

    @Override
    protected List<InvoiceRow> find(Long propertyId, InvoiceFilter choice, int first, int size) {
        return invoices.invoices(propertyId, choice, first, size);
    }
}
