package com.fieldportal.configuration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Application Configuration as the admin edits it: read by {@link ConfigurationEditor#load()}, saved whole by
 * {@link ConfigurationEditor#save}. {@code version} is the configuration's when it was read: a save over
 * someone else's newer one is refused. The logo is changed apart ({@link #newLogo}, or {@link #removeLogo}).
 */
public class ConfigurationForm implements Serializable {

    private long version;

    @NotBlank(message = "The portal needs a title.")
    @Size(max = PortalConfiguration.MAX_TITLE, message = "The title can be at most 200 characters long.")
    private String title;
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "Write the colour like #1f6f43.")
    private String primaryColor;
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "Write the colour like #f2a900.")
    private String accentColor;
    private boolean showRequests;
    private boolean showProposals;
    private boolean showInvoices;
    private boolean electronicPayments;
    @NotNull(message = "Enter a fee, 0 for none.")
    @DecimalMin(value = "0", message = "The convenience fee must be between 0 % and 10 %.")
    @DecimalMax(value = "10", message = "The convenience fee must be between 0 % and 10 %.")
    @Digits(integer = 2, fraction = 2, message = "The convenience fee has at most two decimals, like 2.75 %.")
    private BigDecimal convenienceFeePercent;
    private boolean feeExemptDebit;
    @Size(max = 200, message = "At most 200 characters.")
    private String supportName;
    @Email(message = "That is not an e-mail address.")
    @Size(max = 254, message = "That e-mail address is too long.")
    private String supportEmail;
    @Size(max = 50, message = "At most 50 characters.")
    private String supportPhone;
    @NotBlank(message = "The invitation mail needs a subject.")
    @Size(max = 200, message = "At most 200 characters.")
    private String invitationSubject;
    @NotBlank(message = "The invitation mail needs a text.")
    @Size(max = 5000, message = "At most 5000 characters.")
    private String invitationText;

    private boolean hasLogo;
    private ImageUpload.Checked newLogo;
    private boolean removeLogo;

    static ConfigurationForm of(PortalConfiguration c) {
        ConfigurationForm form = new ConfigurationForm();
        form.version = c.getVersion();
        form.title = c.getTitle();
        form.primaryColor = c.getPrimaryColor();
        form.accentColor = c.getAccentColor();
        form.showRequests = c.isShowRequests();
        form.showProposals = c.isShowProposals();
        form.showInvoices = c.isShowInvoices();
        form.electronicPayments = c.isElectronicPayments();
        form.convenienceFeePercent = c.getConvenienceFeePercent();
        form.feeExemptDebit = c.isFeeExemptDebit();
        form.supportName = c.getSupportName();
        form.supportEmail = c.getSupportEmail();
        form.supportPhone = c.getSupportPhone();
        form.invitationSubject = c.getInvitationSubject();
        form.invitationText = c.getInvitationText();
        form.hasLogo = c.hasLogo();
        return form;
    }

    /** The logo the header will show once saved: the new one, none, or the current one. */
    public boolean isLogoShown() {
        return newLogo != null || (hasLogo && !removeLogo);
    }

    /** The preview's colours: the same rule as the customers' header. */
    public String getButtonColor() {
        return BrandColor.isValid(primaryColor) ? BrandColor.readableWithWhite(primaryColor) : BrandColor.readableWithWhite(PortalSettings.DEFAULT_BRAND_COLOR);
    }

    public String getBrandColor() {
        return BrandColor.isValid(primaryColor) ? primaryColor : PortalSettings.DEFAULT_BRAND_COLOR;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public boolean isShowRequests() {
        return showRequests;
    }

    public void setShowRequests(boolean showRequests) {
        this.showRequests = showRequests;
    }

    public boolean isShowProposals() {
        return showProposals;
    }

    public void setShowProposals(boolean showProposals) {
        this.showProposals = showProposals;
    }

    public boolean isShowInvoices() {
        return showInvoices;
    }

    public void setShowInvoices(boolean showInvoices) {
        this.showInvoices = showInvoices;
    }

    public boolean isElectronicPayments() {
        return electronicPayments;
    }

    public void setElectronicPayments(boolean electronicPayments) {
        this.electronicPayments = electronicPayments;
    }

    public BigDecimal getConvenienceFeePercent() {
        return convenienceFeePercent;
    }

    public void setConvenienceFeePercent(BigDecimal convenienceFeePercent) {
        this.convenienceFeePercent = convenienceFeePercent;
    }

    public boolean isFeeExemptDebit() {
        return feeExemptDebit;
    }

    public void setFeeExemptDebit(boolean feeExemptDebit) {
        this.feeExemptDebit = feeExemptDebit;
    }

    public String getSupportName() {
        return supportName;
    }

    public void setSupportName(String supportName) {
        this.supportName = supportName;
    }

    public String getSupportEmail() {
        return supportEmail;
    }

    public void setSupportEmail(String supportEmail) {
        this.supportEmail = supportEmail;
    }

    public String getSupportPhone() {
        return supportPhone;
    }

    public void setSupportPhone(String supportPhone) {
        this.supportPhone = supportPhone;
    }

    public String getInvitationSubject() {
        return invitationSubject;
    }

    public void setInvitationSubject(String invitationSubject) {
        this.invitationSubject = invitationSubject;
    }

    public String getInvitationText() {
        return invitationText;
    }

    public void setInvitationText(String invitationText) {
        this.invitationText = invitationText;
    }

    public ImageUpload.Checked getNewLogo() {
        return newLogo;
    }

    /** A logo checked by {@link ConfigurationEditor#checkImage}; replaces the current one when saved. */
    public void setNewLogo(ImageUpload.Checked newLogo) {
        this.newLogo = newLogo;
        this.removeLogo = false;
    }

    public boolean isRemoveLogo() {
        return removeLogo;
    }

    public void removeLogo() {
        this.newLogo = null;
        this.removeLogo = true;
    }
}
