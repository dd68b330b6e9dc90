package com.fieldportal.invoice;

import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.PropertyScope;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.Money;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.shared.Preview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;

/** The invoices a contact may see, and the current balance. Every method takes the property filter (null = all). */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class InvoiceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    @Inject
    CurrentSettings settings;

    /**
     * The sum of the balances of the due invoices in scope. Applied credits and succeeded payments are
     * already in each balance; unapplied credits and convenience fees never are.
     */
    public BigDecimal currentBalance(Long propertyId) {
        PropertyScope scope = access.scope(Section.INVOICES, propertyId);
        if (scope.isEmpty()) {
            return Money.ZERO;
        }
        BigDecimal sum = em.createNamedQuery("Invoice.balanceInScope", BigDecimal.class)
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
        return sum == null ? Money.ZERO : Money.amount(sum);
    }

    public long countInvoices(Long propertyId, InvoiceFilter show) {
        PropertyScope scope = access.scope(Section.INVOICES, propertyId);
        if (scope.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery("Invoice.countInScope", Long.class)
                .setParameter("statuses", show.statuses())
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
    }

    /** A page of the invoice list, newest invoice date first. */
    public List<InvoiceRow> invoices(Long propertyId, InvoiceFilter show, int first, int size) {
        PropertyScope scope = access.scope(Section.INVOICES, propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return listQuery(scope, show).setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    /** The Invoices Due widget of Home. */
    public Preview<InvoiceRow> dueInvoices(Long propertyId, int first) {
        PropertyScope scope = access.scope(Section.INVOICES, propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        return Preview.of(listQuery(scope, InvoiceFilter.DUE).setMaxResults(first).getResultList(), first,
                () -> countInvoices(propertyId, InvoiceFilter.DUE));
    }

    /**
     * One invoice, if it is at one of the caller's properties. Its lines and the like load when the page
     * reads them (EclipseLink loads lazy relations of detached entities).
     */
    public Invoice invoice(long id) {
        access.scope(Section.INVOICES, null);
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new NotFoundException("Invoice");
        }
        access.requireLinked(invoice.getProperty(), "Invoice");
        return invoice;
    }

    /** The invoices of a proposal's job, among those the contact may see; none when invoices are switched off. */
    public List<InvoiceRow> invoicesOfProposal(long proposalId) {
        PropertyScope scope = settings.shows(Section.INVOICES) ? access.scope(Section.INVOICES, null) : new PropertyScope(List.of());
        if (scope.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Invoice.rowsOfProposalInScope", InvoiceRow.class)
                .setParameter("proposal", proposalId)
                .setParameter("properties", scope.propertyIds())
                .getResultList();
    }

    /** The due invoices in scope, oldest first: what a statement lists. */
    public List<Invoice> openInvoices(Long propertyId) {
        PropertyScope scope = access.scope(Section.INVOICES, propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Invoice.openInScope", Invoice.class).setParameter("properties", scope.propertyIds()).getResultList();
    }

    private TypedQuery<InvoiceRow> listQuery(PropertyScope scope, InvoiceFilter show) {
        return em.createNamedQuery("Invoice.rowsInScope", InvoiceRow.class)
                .setParameter("statuses", show.statuses())
                .setParameter("properties", scope.propertyIds());
    }
}
