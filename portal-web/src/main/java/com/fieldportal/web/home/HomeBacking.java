package com.fieldportal.web.home;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.configuration.Slide;
import com.fieldportal.invoice.InvoiceRow;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.proposal.ProposalRow;
import com.fieldportal.proposal.ProposalService;
import com.fieldportal.request.RequestService;
import com.fieldportal.request.RequestRow;
import com.fieldportal.shared.Preview;
import com.fieldportal.web.layout.Branding;
import com.fieldportal.web.layout.PropertyFilter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Home: the marketing carousel and the three widgets, each only when its section is switched on. */
@Named
@RequestScoped
public class HomeBacking {

    static final int ROWS_PER_WIDGET = 5;

    @EJB
    ConfigurationService configuration;
    @EJB
    InvoiceService invoices;
    @EJB
    ProposalService proposals;
    @EJB
    RequestService requests;

    @Inject
    Branding branding;
    @Inject
    PropertyFilter filter;

    private List<Slide> slides;
    private Preview<InvoiceRow> invoicesDue;
    private Preview<ProposalRow> proposalsPending;
    private Preview<RequestRow> requestsPending;

    @PostConstruct
    void load() {
        PortalSettings settings = branding.getSettings();
        Long propertyId = filter.getPropertyId();
        slides = configuration.slides();
        if (settings.showInvoices()) {
            invoicesDue = invoices.dueInvoices(propertyId, ROWS_PER_WIDGET);
        }
        if (settings.showProposals()) {
            proposalsPending = proposals.pendingProposals(propertyId, ROWS_PER_WIDGET);
        }
        if (settings.showRequests()) {
            requestsPending = requests.openRequests(propertyId, ROWS_PER_WIDGET);
        }
    }

    public List<Slide> getSlides() {
        return slides;
    }

    public Preview<InvoiceRow> getInvoicesDue() {
        return invoicesDue;
    }

    public Preview<ProposalRow> getProposalsPending() {
        return proposalsPending;
    }

    public Preview<RequestRow> getRequestsPending() {
        return requestsPending;
    }
}
