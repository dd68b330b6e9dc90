package com.fieldportal.configuration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

    @Inject
    CurrentSettings current;

    /** Read once per request. */
    public PortalSettings settings() {
        return current.get();
    }

    /** @throws com.fieldportal.shared.NotFoundException when the section is switched off */
    public void requireShown(Section section) {
        current.requireShown(section);
    }

    public InvitationTemplate invitationTemplate() {
        return em.createNamedQuery("PortalConfiguration.invitation", InvitationTemplate.class).setMaxResults(1).getSingleResult();
    }

    public Optional<Image> logo() {
        return em.createNamedQuery("PortalConfiguration.logo", Image.class).setMaxResults(1).getResultStream().findFirst();
    }

    public List<Slide> slides() {
        return em.createNamedQuery("CarouselSlide.shown", Slide.class).getResultList();
    }

    public Optional<Image> slideImage(long slideId) {
        return em.createNamedQuery("CarouselSlide.image", Image.class).setParameter("id", slideId).getResultStream().findFirst();
    }
}
