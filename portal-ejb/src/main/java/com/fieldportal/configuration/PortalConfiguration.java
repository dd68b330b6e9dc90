package com.fieldportal.configuration;

import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.EmailAddress;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The settings the contractor edits (DESIGN.md, "Configuration"): branding, which sections the customers see,
 * electronic payments, the support contact, the invitation mail, the carousel. One row, created by the first
 * migration. Pages read it through {@link ConfigurationService}'s projections, so the images are loaded only
 * when the row itself is (no lazy basic attributes here: with EclipseLink, loading one while changing the row
 * has lost the other changes).
 */
@Entity
@Table(name = "portal_configuration")
@NamedQuery(name = "PortalConfiguration.settings", query = """
        SELECT NEW com.fieldportal.configuration.PortalSettings(c.version, c.title, c.logoContentType, c.primaryColor, c.accentColor,
            c.showRequests, c.showProposals, c.showInvoices, c.electronicPayments, c.convenienceFeePercent, c.feeExemptDebit,
            c.supportName, c.supportEmail, c.supportPhone)
        FROM PortalConfiguration c ORDER BY c.id""")
@NamedQuery(name = "PortalConfiguration.logo", query = """
        SELECT NEW com.fieldportal.configuration.Image(c.logo, c.logoContentType)
        FROM PortalConfiguration c WHERE c.logoContentType IS NOT NULL ORDER BY c.id""")
@NamedQuery(name = "PortalConfiguration.first", query = "SELECT c FROM PortalConfiguration c ORDER BY c.id")
@NamedQuery(name = "PortalConfiguration.invitation", query = """
        SELECT NEW com.fieldportal.configuration.InvitationTemplate(c.invitationSubject, c.invitationText)
        FROM PortalConfiguration c ORDER BY c.id""")
public class PortalConfiguration extends BaseEntity {

    static final int MAX_TITLE = 200;
    private static final BigDecimal MAX_FEE_PERCENT = new BigDecimal("10.00");

    private String title;

    private byte[] logo;
    @Column(name = "logo_content_type")
    private String logoContentType;

    @Column(name = "primary_color")
    private String primaryColor;
    @Column(name = "accent_color")
    private String accentColor;

    @Column(name = "show_requests")
    private boolean showRequests;
    @Column(name = "show_proposals")
    private boolean showProposals;
    @Column(name = "show_invoices")
    private boolean showInvoices;

    @Column(name = "electronic_payments")
    private boolean electronicPayments;
    @Column(name = "convenience_fee_percent")
    private BigDecimal convenienceFeePercent;
    /** Debit and prepaid cards pay no convenience fee (card networks forbid surcharging them in some places). */
    @Column(name = "fee_exempt_debit")
    private boolean feeExemptDebit;

    @Column(name = "support_name")
    private String supportName;
    @Column(name = "support_email")
    private String supportEmail;
    @Column(name = "support_phone")
    private String supportPhone;

    @Column(name = "invitation_subject")
    private String invitationSubject;
    @Column(name = "invitation_text")
    private String invitationText;

    @OneToMany(mappedBy = "configuration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CarouselSlide> slides = new ArrayList<>();

    @Version
    private long version;

    protected PortalConfiguration() {
    }

    public void brand(String title, String primaryColor, String accentColor) {
        if (title == null || title.isBlank()) {
            throw new BusinessException("The portal needs a title.");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new BusinessException("The title can be at most " + MAX_TITLE + " characters long.");
        }
        for (String color : new String[] {primaryColor, accentColor}) {
            if (color != null && !BrandColor.isValid(color)) {
                throw new BusinessException("Colours are written like #1f6f43.");
            }
        }
        this.title = title.strip();
        this.primaryColor = primaryColor == null ? null : primaryColor.toLowerCase();
        this.accentColor = accentColor == null ? null : accentColor.toLowerCase();
    }

    /** A logo checked and re-encoded by {@link ImageUpload} (its bytes and type together), or none. */
    public void logo(ImageUpload.Checked image) {
        this.logo = image == null ? null : image.content();
        this.logoContentType = image == null ? null : image.contentType();
    }

    public void showSections(boolean requests, boolean proposals, boolean invoices) {
        this.showRequests = requests;
        this.showProposals = proposals;
        this.showInvoices = invoices;
    }

    /** The convenience fee is a percentage of card payments, from 0 (off) to 10, with at most two decimals. */
    public void electronicPayments(boolean enabled, BigDecimal feePercent, boolean exemptDebit) {
        if (feePercent == null || feePercent.signum() < 0 || feePercent.compareTo(MAX_FEE_PERCENT) > 0) {
            throw new BusinessException("The convenience fee must be between 0 % and 10 %.");
        }
        if (feePercent.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("The convenience fee has at most two decimals, like 2.75 %.");
        }
        this.electronicPayments = enabled;
        this.convenienceFeePercent = feePercent.setScale(2);
        this.feeExemptDebit = exemptDebit;
    }

    public void support(String name, String email, String phone) {
        this.supportName = blankToNull(name);
        this.supportEmail = email == null || email.isBlank() ? null : EmailAddress.require(email);
        this.supportPhone = blankToNull(phone);
    }

    /** The mail of an invitation: {name}, {company} and {link} are filled in; {link} must be there. */
    public void invitationMail(String subject, String text) {
        if (subject == null || subject.isBlank() || text == null || text.isBlank()) {
            throw new BusinessException("The invitation mail needs a subject and a text.");
        }
        if (!text.contains("{link}")) {
            throw new BusinessException("The invitation text must contain {link}, where the link to choose a password goes.");
        }
        this.invitationSubject = subject.strip();
        this.invitationText = text.strip();
    }

    public CarouselSlide addSlide(String headline, String text, String link, ImageUpload.Checked image) {
        int next = slides.stream().mapToInt(CarouselSlide::getPosition).max().orElse(0) + 1;
        CarouselSlide slide = new CarouselSlide(this, headline, text, link, image, next);
        slides.add(slide);
        return slide;
    }

    public void removeSlide(CarouselSlide slide) {
        slides.removeIf(slide::isSameAs);
    }

    /** Swaps the slide with its neighbour before ({@code -1}) or after ({@code +1}). */
    public void moveSlide(CarouselSlide slide, int direction) {
        List<CarouselSlide> ordered = slides.stream().sorted(Comparator.comparingInt(CarouselSlide::getPosition)).toList();
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).isSameAs(slide)) {
                index = i;
            }
        }
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        int position = ordered.get(index).getPosition();
        ordered.get(index).moveTo(ordered.get(other).getPosition());
        ordered.get(other).moveTo(position);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public boolean hasLogo() {
        return logoContentType != null;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public boolean isShowRequests() {
        return showRequests;
    }

    public boolean isShowProposals() {
        return showProposals;
    }

    public boolean isShowInvoices() {
        return showInvoices;
    }

    public boolean isElectronicPayments() {
        return electronicPayments;
    }

    public BigDecimal getConvenienceFeePercent() {
        return convenienceFeePercent;
    }

    public boolean isFeeExemptDebit() {
        return feeExemptDebit;
    }

    public String getSupportName() {
        return supportName;
    }

    public String getSupportEmail() {
        return supportEmail;
    }

    public String getSupportPhone() {
        return supportPhone;
    }

    public String getInvitationSubject() {
        return invitationSubject;
    }

    public String getInvitationText() {
        return invitationText;
    }

    public List<CarouselSlide> getSlides() {
        return slides.stream().sorted(Comparator.comparingInt(CarouselSlide::getPosition)).toList();
    }
}
