package com.fieldportal.configuration;

import java.math.BigDecimal;

/** The configuration as pages read it: everything but the images. */
public record PortalSettings(String title, String logoContentType, String primaryColor, String accentColor,
                             boolean showRequests, boolean showProposals, boolean showInvoices,
                             boolean electronicPayments, BigDecimal convenienceFeePercent,
                             String supportEmail, String supportPhone) {

    public boolean hasLogo() {
        return logoContentType != null;
    }
}
