package com.fieldportal.invoice;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.PropertyScope;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.Money;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Preview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;

/** The invoices a contact may see, and the current balance. Every method takes the property filter (null = all). */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class InvoiceService {

    private static final String NEWEST_FIRST = " ORDER BY i.invoiceDate DESC, i.number DESC";

    @PersistenceContext
    EntityManager em;

    @EJB
    CustomerAccess access;

    @EJB
    ConfigurationService configuration;

    /**
     * The sum of the balances of the due invoices in scope. Applied credits and succeeded payments are
     * already in each balance; unapplied credits and convenience fees never are.
     */
    public BigDecimal currentBalance(Long propertyId) {
        configuration.requireShown(Section.INVOICES);
        PropertyScope scope = access.scope(propertyId);
        if (scope.isEmpty()) {
            return Money.ZERO;
        }
        BigDecimal sum = em.createQuery("SELECT SUM(i.balance) FROM Invoice i WHERE i.status = :due AND i.property.id IN :properties", BigDecimal.class)
                .setParameter("due", InvoiceStatus.DUE)
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
        return sum == null ? Money.ZERO : Money.amount(sum);
    }

    public List<Invoice> invoices(Long propertyId, InvoiceFilter show) {
        configuration.requireShown(Section.INVOICES);
        PropertyScope scope = access.scope(propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        String status = switch (show) {
            case ALL -> "";
            case DUE -> " AND i.status = com.fieldportal.invoice.InvoiceStatus.DUE";
            case PAID -> " AND i.status = com.fieldportal.invoice.InvoiceStatus.PAID";
        };
        return listQuery("SELECT i FROM Invoice i WHERE i.property.id IN :properties" + status + NEWEST_FIRST, scope)
                .getResultList();
    }

    /** The Invoices Due widget of Home. */
    public Preview<Invoice> dueInvoices(Long propertyId, int first) {
        configuration.requireShown(Section.INVOICES);
        PropertyScope scope = access.scope(propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        long count = em.createQuery("SELECT COUNT(i) FROM Invoice i WHERE i.status = :due AND i.property.id IN :properties", Long.class)
                .setParameter("due", InvoiceStatus.DUE)
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
        List<Invoice> rows = listQuery("SELECT i FROM Invoice i WHERE i.status = com.fieldportal.invoice.InvoiceStatus.DUE"
                + " AND i.property.id IN :properties" + NEWEST_FIRST, scope)
                .setMaxResults(first).getResultList();
        return new Preview<>(count, rows);
    }

    /**
     * One invoice, if it is at one of the caller's properties. Its lines and the like load when the page
     * reads them (EclipseLink loads lazy relations of detached entities).
     */
    public Invoice invoice(long id) {
        configuration.requireShown(Section.INVOICES);
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new NotFoundException("Invoice");
        }
        access.requireLinked(invoice.getProperty(), "Invoice");
        return invoice;
    }

    /** Loads each page's properties and opportunities in one query each (EclipseLink batch reading), not one per row. */
    private TypedQuery<Invoice> listQuery(String jpql, PropertyScope scope) {
        return em.createQuery(jpql, Invoice.class)
                .setParameter("properties", scope.propertyIds())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.property")
                .setHint("eclipselink.batch", "i.opportunities");
    }
}
