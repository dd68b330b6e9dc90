package com.fieldportal.configuration;

import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the contractor's settings. Branding and slides are public: the sign-in page shows them. */
@Stateless
@PermitAll
public class ConfigurationService {

    @PersistenceContext
    EntityManager em;

    public PortalSettings settings() {
        return em.createQuery("""
                SELECT NEW com.fieldportal.configuration.PortalSettings(c.title, c.logoContentType, c.primaryColor, c.accentColor,
                    c.showRequests, c.showProposals, c.showInvoices, c.electronicPayments, c.convenienceFeePercent,
                    c.supportEmail, c.supportPhone)
                FROM PortalConfiguration c ORDER BY c.id""", PortalSettings.class)
                .setMaxResults(1).getSingleResult();
    }

    /** Services call this first, so that a section switched off is gone, not only hidden. */
    public void requireShown(Section section) {
        PortalSettings settings = settings();
        boolean shown = switch (section) {
            case REQUESTS -> settings.showRequests();
            case PROPOSALS -> settings.showProposals();
            case INVOICES -> settings.showInvoices();
            case ELECTRONIC_PAYMENTS -> settings.electronicPayments();
        };
        if (!shown) {
            throw new NotFoundException("This page");
        }
    }

    public Optional<Image> logo() {
        return em.createQuery("SELECT NEW com.fieldportal.configuration.Image(c.logo, c.logoContentType) "
                        + "FROM PortalConfiguration c WHERE c.logo IS NOT NULL ORDER BY c.id", Image.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Slide> slides() {
        return em.createQuery("SELECT NEW com.fieldportal.configuration.Slide(s.id, s.headline, s.text, s.link) "
                + "FROM CarouselSlide s WHERE s.active = true ORDER BY s.position", Slide.class).getResultList();
    }

    public Optional<Image> slideImage(long slideId) {
        return em.createQuery("SELECT NEW com.fieldportal.configuration.Image(s.image, s.imageContentType) "
                        + "FROM CarouselSlide s WHERE s.id = :id AND s.active = true AND s.image IS NOT NULL", Image.class)
                .setParameter("id", slideId).getResultStream().findFirst();
    }
}
