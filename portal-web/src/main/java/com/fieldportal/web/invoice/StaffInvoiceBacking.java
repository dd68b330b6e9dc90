package com.fieldportal.web.invoice;

import com.fieldportal.invoice.CreditRow;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.InvoiceDesk;
import com.fieldportal.payment.PaymentDesk;
import com.fieldportal.shared.Tokens;
import com.fieldportal.shared.Formats;
import com.fieldportal.web.Messages;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One invoice in the staff console: its lines, payments and credits; record a check or cash, apply a credit, waive the card fee. */
@Named
@ViewScoped
public class StaffInvoiceBacking implements Serializable {

    @Inject
    Formats formats;

    @EJB
    InvoiceDesk desk;

    @EJB
    PaymentDesk payments;

    private String id;
    private Invoice invoice;
    private boolean feeWaived;

    private BigDecimal offlineAmount;
    private String checkNumber;
    private String offlineKey;

    private List<CreditRow> credits;
    private Long creditId;
    private BigDecimal creditAmount;

    /** f:viewAction */
    public void load() {
        invoice = desk.invoice(ViewParams.id(id, "Invoice"));
        feeWaived = invoice.isFeeWaived();
    }

    public void feeWaivedChanged() {
        desk.waiveFee(invoice.getId(), feeWaived);
        Messages.info(feeWaived ? "Card payments of this invoice pay no convenience fee." : "Card payments of this invoice pay the convenience fee again.");
        load();
    }

    public void startOffline() {
        offlineAmount = invoice.getPayable();
        checkNumber = null;
        offlineKey = "staff-" + Tokens.newToken();
    }

    public void recordOffline() {
        payments.recordOffline(invoice.getId(), offlineAmount, checkNumber, offlineKey);
        Messages.info("Recorded " + formats.money(offlineAmount) + (checkNumber == null || checkNumber.isBlank() ? " in cash." : " by check " + checkNumber.strip() + "."));
        load();
    }

    public void startCredit() {
        credits = desk.applicableCredits(invoice.getId());
        creditId = credits.isEmpty() ? null : credits.get(0).id();
        creditAmount = credits.isEmpty() ? null : credits.get(0).remaining().min(invoice.getPayable());
    }

    public void applyCredit() {
        if (creditId == null) {
            Messages.error("Choose a credit to apply.");
            return;
        }
        desk.applyCredit(creditId, invoice.getId(), creditAmount);
        Messages.info("Applied " + formats.money(creditAmount) + " of the credit to invoice " + invoice.getNumber() + ".");
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public boolean isFeeWaived() {
        return feeWaived;
    }

    public void setFeeWaived(boolean feeWaived) {
        this.feeWaived = feeWaived;
    }

    public BigDecimal getOfflineAmount() {
        return offlineAmount;
    }

    public void setOfflineAmount(BigDecimal offlineAmount) {
        this.offlineAmount = offlineAmount;
    }

    public String getCheckNumber() {
        return checkNumber;
    }

    public void setCheckNumber(String checkNumber) {
        this.checkNumber = checkNumber;
    }

    public List<CreditRow> getCredits() {
        return credits;
    }

    public Long getCreditId() {
        return creditId;
    }

    public void setCreditId(Long creditId) {
        this.creditId = creditId;
    }

    public BigDecimal getCreditAmount() {
        return creditAmount;
    }

    public void setCreditAmount(BigDecimal creditAmount) {
        this.creditAmount = creditAmount;
    }
}
