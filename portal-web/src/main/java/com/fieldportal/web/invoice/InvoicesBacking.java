package com.fieldportal.web.invoice;

import com.fieldportal.invoice.InvoiceFilter;
import com.fieldportal.invoice.InvoiceRow;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.web.Pages;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PagedModel;
import com.fieldportal.web.layout.PropertyFilter;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The invoice list: Show All (default), Due or Paid (?show=DUE), newest invoice first, a page at a time. */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    @EJB
    InvoiceService invoices;

    @Inject
    PropertyFilter filter;

    private String show = InvoiceFilter.ALL.name();
    private InvoiceFilter choice = InvoiceFilter.ALL;

    private final PagedModel<InvoiceRow> rows = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return invoices.countInvoices(filter.getPropertyId(), choice);
        }

        @Override
        public List<InvoiceRow> rows(int first, int size) {
            return invoices.invoices(filter.getPropertyId(), choice, first, size);
        }
    }, InvoiceRow::id);

    /** f:viewAction */
    public void load() {
        choice = ViewParams.choice(show, InvoiceFilter.ALL);
        show = choice.name();
    }

    public void showChanged() throws IOException {
        Pages.reload();
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

    public PagedModel<InvoiceRow> getRows() {
        return rows;
    }
}
