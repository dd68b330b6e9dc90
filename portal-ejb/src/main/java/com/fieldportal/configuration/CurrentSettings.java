package com.fieldportal.configuration;

import com.fieldportal.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The configuration as read once for this request: the header, the menu and every service share it. Services
 * ask {@link #requireShown} first, so that a section switched off is gone, not only hidden.
 */
@RequestScoped
public class CurrentSettings {

    @PersistenceContext
    EntityManager em;

    private PortalSettings settings;

    public PortalSettings get() {
        if (settings == null) {
            settings = em.createNamedQuery("PortalConfiguration.settings", PortalSettings.class).setMaxResults(1).getSingleResult();
        }
        return settings;
    }

    /** @throws NotFoundException when the contractor has switched the section off */
    public void requireShown(Section section) {
        if (!shows(section)) {
            throw new NotFoundException("This page");
        }
    }

    /** Whether the contractor has the section switched on. */
    public boolean shows(Section section) {
        PortalSettings current = get();
        return switch (section) {
            case REQUESTS -> current.showRequests();
            case PROPOSALS -> current.showProposals();
            case INVOICES -> current.showInvoices();
            case ELECTRONIC_PAYMENTS -> current.electronicPayments();
        };
    }

    /** After a change in this request: read it again when next asked. */
    void forget() {
        settings = null;
    }
}
