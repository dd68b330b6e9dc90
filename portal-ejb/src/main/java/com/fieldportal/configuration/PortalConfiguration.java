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
import java.util.List;

/**
 * The settings the contractor edits (DESIGN.md, "Configuration"): branding, which sections the
 * customers see, electronic payments. One row, created by the first migration.
 * Pages read it through {@link ConfigurationService}'s projections, so the images are loaded only when
 * the row itself is (no lazy basic attributes here: with EclipseLink, loading one while changing the
 * row has lost the other changes).
 */
@Entity
@Table(name = "portal_configuration")
@NamedQuery(name = "PortalConfiguration.settings", query = """
        SELECT NEW com.fieldportal.configuration.PortalSettings(c.version, c.title, c.logoContentType, c.primaryColor, c.accentColor,
            c.showRequests, c.showProposals, c.showInvoices, c.electronicPayments, c.convenienceFeePercent,
            c.supportName, c.supportEmail, c.supportPhone)
        FROM PortalConfiguration c ORDER BY c.id""")
@NamedQuery(name = "PortalConfiguration.logo", query = """
        SELECT NEW com.fieldportal.configuration.Image(c.logo, c.logoContentType)
        FROM PortalConfiguration c WHERE c.logoContentType IS NOT NULL ORDER BY c.id""")
public class PortalConfiguration extends BaseEntity {

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

    @Column(name = "support_name")
    private String supportName;
    @Column(name = "support_email")
    private String supportEmail;
    @Column(name = "support_phone")
    private String supportPhone;

    @OneToMany(mappedBy = "configuration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CarouselSlide> slides = new ArrayList<>();

    @Version
    private long version;

    protected PortalConfiguration() {
    }

    public void brand(String title, byte[] logo, String logoContentType, String primaryColor, String accentColor) {
        if (title == null || title.isBlank()) {
            throw new BusinessException("The portal needs a title.");
        }
        for (String color : new String[] {primaryColor, accentColor}) {
            if (color != null && !BrandColor.isValid(color)) {
                throw new BusinessException("Colours are written like #1f6f43.");
            }
        }
        if ((logo == null) != (logoContentType == null)) {
            throw new IllegalArgumentException("A logo needs both its bytes and its content type");
        }
        this.title = title;
        this.logo = logo;
        this.logoContentType = logoContentType;
        this.primaryColor = primaryColor;
        this.accentColor = accentColor;
    }

    public void showSections(boolean requests, boolean proposals, boolean invoices) {
        this.showRequests = requests;
        this.showProposals = proposals;
        this.showInvoices = invoices;
    }

    /** The convenience fee is a percentage of card payments, from 0 (off) to 10. */
    public void electronicPayments(boolean enabled, BigDecimal feePercent) {
        if (feePercent.signum() < 0 || feePercent.compareTo(MAX_FEE_PERCENT) > 0) {
            throw new BusinessException("The convenience fee must be between 0 % and 10 %.");
        }
        this.electronicPayments = enabled;
        this.convenienceFeePercent = feePercent;
    }

    public void support(String name, String email, String phone) {
        this.supportName = name;
        this.supportEmail = email == null || email.isBlank() ? null : EmailAddress.require(email);
        this.supportPhone = phone;
    }

    public CarouselSlide addSlide(String headline, String text, String link, byte[] image, String imageContentType) {
        CarouselSlide slide = new CarouselSlide(this, headline, text, link, image, imageContentType, slides.size() + 1);
        slides.add(slide);
        return slide;
    }
}
