package com.fieldportal.configuration;

import java.math.BigDecimal;

/**
 * The configuration as pages read it: everything but the images. {@code version} changes with every saved
 * change, so that image addresses can carry it and browsers fetch a new logo at once.
 */
public record PortalSettings(long version, String title, String logoContentType, String primaryColor, String accentColor,
                             boolean showRequests, boolean showProposals, boolean showInvoices,
                             boolean electronicPayments, BigDecimal convenienceFeePercent, boolean feeExemptDebit,
                             String supportName, String supportEmail, String supportPhone) {

    static final String DEFAULT_BRAND_COLOR = "#1f6f43";

    /** The logo bytes and their type are saved together (see {@link PortalConfiguration#brand}), so either tells. */
    public boolean hasLogo() {
        return logoContentType != null;
    }

    public String brandColor() {
        return primaryColor == null ? DEFAULT_BRAND_COLOR : primaryColor;
    }

    /** The brand colour, darkened where needed so that white text on it keeps WCAG AA contrast (4.5:1). */
    public String buttonColor() {
        return BrandColor.readableWithWhite(brandColor());
    }
}
