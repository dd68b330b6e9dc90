package com.fieldportal.configuration;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.Changes;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Application Configuration, for the contractor's admins: what customers see takes effect at their next page.
 * Every change is in the audit log with its values before and after. Two admins editing at once: the second
 * save is refused, never lost silently.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ConfigurationEditor {

    static final String CONFLICT = "Someone else saved the configuration while you were editing it. "
            + "Reload the page to see their changes, then make yours again.";
    private static final int LOGO_SIDE = 800;
    private static final int SLIDE_SIDE = 2400;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    SignedInStaff staff;

    @Inject
    CurrentSettings current;

    @Inject
    @ConfigProperty(name = "portal.upload.image-max-bytes", defaultValue = "2097152")
    long maxImageBytes;

    public ConfigurationForm load() {
        return ConfigurationForm.of(configuration());
    }

    /** Checks and re-encodes an uploaded image (see {@link ImageUpload}); nothing is saved yet. */
    public ImageUpload.Checked checkImage(byte[] upload, boolean logo) {
        return ImageUpload.check(upload, maxImageBytes, logo ? LOGO_SIDE : SLIDE_SIDE);
    }

    public long maxImageBytes() {
        return maxImageBytes;
    }

    public void save(ConfigurationForm form) {
        PortalConfiguration c = configuration();
        if (c.getVersion() != form.getVersion()) {
            throw new BusinessException(CONFLICT);
        }
        Changes changes = new Changes()
                .field("title", c.getTitle(), strip(form.getTitle()))
                .field("primaryColor", c.getPrimaryColor(), lower(form.getPrimaryColor()))
                .field("accentColor", c.getAccentColor(), lower(form.getAccentColor()))
                .field("showRequests", c.isShowRequests(), form.isShowRequests())
                .field("showProposals", c.isShowProposals(), form.isShowProposals())
                .field("showInvoices", c.isShowInvoices(), form.isShowInvoices())
                .field("electronicPayments", c.isElectronicPayments(), form.isElectronicPayments())
                .field("convenienceFeePercent", c.getConvenienceFeePercent(), form.getConvenienceFeePercent())
                .field("feeExemptDebit", c.isFeeExemptDebit(), form.isFeeExemptDebit())
                .field("supportName", c.getSupportName(), blankToNull(form.getSupportName()))
                .field("supportEmail", c.getSupportEmail(), blankToNull(lower(form.getSupportEmail())))
                .field("supportPhone", c.getSupportPhone(), blankToNull(form.getSupportPhone()))
                .field("invitationSubject", c.getInvitationSubject(), strip(form.getInvitationSubject()))
                .field("invitationText", c.getInvitationText(), strip(form.getInvitationText()));
        c.brand(form.getTitle(), form.getPrimaryColor(), form.getAccentColor());
        c.showSections(form.isShowRequests(), form.isShowProposals(), form.isShowInvoices());
        c.electronicPayments(form.isElectronicPayments(), form.getConvenienceFeePercent(), form.isFeeExemptDebit());
        c.support(form.getSupportName(), form.getSupportEmail(), form.getSupportPhone());
        c.invitationMail(form.getInvitationSubject(), form.getInvitationText());
        if (form.getNewLogo() != null) {
            c.logo(form.getNewLogo());
            changes.note("logo replaced");
        } else if (form.isRemoveLogo() && c.hasLogo()) {
            c.logo(null);
            changes.note("logo removed");
        }
        if (!changes.isEmpty()) {
            flush();
            audit.record(staff.actor(), "CONFIGURATION_CHANGED", "PortalConfiguration", c.getId(), changes.toString());
        }
        current.forget();
    }

    public List<SlideRow> slides() {
        return configuration().getSlides().stream().map(SlideRow::of).toList();
    }

    public SlideForm slide(long id) {
        return SlideForm.of(slideOf(configuration(), id));
    }

    /** Adds a new slide, or saves the edits of an existing one. */
    public void saveSlide(SlideForm form) {
        PortalConfiguration c = configuration();
        if (form.isNew()) {
            SlideLink.check(form.getLink());
            if (form.getNewImage() == null) {
                throw new BusinessException("A new slide needs an image.");
            }
            CarouselSlide slide = c.addSlide(form.getHeadline(), form.getText(), form.getLink(), form.getNewImage());
            flush();
            audit.record(staff.actor(), "SLIDE_ADDED", "CarouselSlide", slide.getId(),
                    new Changes().field("headline", null, slide.getHeadline()).field("link", null, slide.getLink()).toString());
            return;
        }
        CarouselSlide slide = slideOf(c, form.getId());
        Changes changes = new Changes().field("headline", slide.getHeadline(), strip(form.getHeadline()))
                .field("text", slide.getText(), blankToNull(form.getText())).field("link", slide.getLink(), blankToNull(form.getLink()));
        slide.edit(form.getHeadline(), form.getText(), form.getLink());
        if (form.getNewImage() != null) {
            slide.replaceImage(form.getNewImage());
            changes.note("image replaced");
        }
        flush();
        audit.record(staff.actor(), "SLIDE_CHANGED", "CarouselSlide", slide.getId(), changes.toString());
    }

    public void moveSlide(long id, int direction) {
        PortalConfiguration c = configuration();
        CarouselSlide slide = slideOf(c, id);
        int before = slide.getPosition();
        c.moveSlide(slide, direction);
        audit.record(staff.actor(), "SLIDE_MOVED", "CarouselSlide", id, new Changes().field("position", before, slide.getPosition()).toString());
    }

    public void activateSlide(long id, boolean active) {
        CarouselSlide slide = slideOf(configuration(), id);
        audit.record(staff.actor(), "SLIDE_CHANGED", "CarouselSlide", id, new Changes().field("active", slide.isActive(), active).toString());
        slide.activate(active);
    }

    public void removeSlide(long id) {
        PortalConfiguration c = configuration();
        CarouselSlide slide = slideOf(c, id);
        audit.record(staff.actor(), "SLIDE_REMOVED", "CarouselSlide", id, new Changes().field("headline", slide.getHeadline(), null).toString());
        c.removeSlide(slide);
    }

    private PortalConfiguration configuration() {
        return em.createNamedQuery("PortalConfiguration.first", PortalConfiguration.class).setMaxResults(1).getSingleResult();
    }

    private static CarouselSlide slideOf(PortalConfiguration c, long id) {
        return c.getSlides().stream().filter(s -> s.getId() == id).findFirst().orElseThrow(() -> new NotFoundException("Slide"));
    }

    /** Sends the changes now, so that someone else's save in the meantime is found here and said clearly. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException(CONFLICT);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new BusinessException(CONFLICT);
            }
            throw e;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
