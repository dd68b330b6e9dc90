package com.fieldportal.web.invoice;

import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.InvoiceService;
import com.fieldportal.payment.PayOptions;
import com.fieldportal.payment.PayService;
import com.fieldportal.payment.PaymentDeclined;
import com.fieldportal.payment.Quote;
import com.fieldportal.payment.Receipt;
import com.fieldportal.payment.SavedMethod;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Formats;
import com.fieldportal.shared.Tokens;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.Branding;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Invoice details and the Pay Invoice dialog. An id of an invoice the contact may not see answers "not found",
 * like an id that does not exist. The dialog's attempt key is made when it opens and sent with each Pay: a double
 * click pays once. The fee shown is the server's quote; the form never says what the fee is.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

    @EJB
    InvoiceService invoices;

    @EJB
    PayService payments;

    @Inject
    Formats formats;

    @Inject
    Branding branding;

    private String id;
    /** ?pay=methodId: back from adding a payment method, the dialog opens with it chosen. */
    private String pay;
    private Invoice invoice;

    private boolean paying;
    private PayOptions options;
    private boolean otherAmount;
    private BigDecimal amount;
    private Long methodId;
    private Quote quote;
    private String problem;
    private String attemptKey;
    private Receipt receipt;

    /** f:viewAction */
    public void load() {
        invoice = invoices.invoice(ViewParams.id(id, "Invoice"));
        if (pay != null && invoice.isOpen() && branding.getSettings().electronicPayments()) {
            openPay();
            Long added = parseId(pay);
            if (options.method(added) != null) {
                methodId = added;
                requote();
            }
        }
    }

    public void openPay() {
        options = payments.options(invoice.getId());
        paying = true;
        otherAmount = false;
        amount = options.payable();
        SavedMethod preferred = options.preferredMethod();
        methodId = preferred == null ? null : preferred.id();
        attemptKey = Tokens.newToken();
        receipt = null;
        problem = null;
        requote();
    }

    /** The amount or the method changed: what would it cost? */
    public void requote() {
        quote = null;
        problem = null;
        if (methodId == null || !options.canPay()) {
            return;
        }
        try {
            quote = payments.quote(invoice.getId(), methodId, amountToPay());
        } catch (BusinessException e) {
            problem = e.getMessage();
        }
    }

    public void amountChoiceChanged() {
        if (!otherAmount) {
            amount = options.payable();
        }
        requote();
    }

    public void submit() {
        problem = null;
        try {
            receipt = payments.pay(invoice.getId(), methodId == null ? -1 : methodId, amountToPay(), attemptKey);
            invoice = invoices.invoice(invoice.getId());
        } catch (PaymentDeclined e) {
            problem = e.getMessage();
            attemptKey = Tokens.newToken();
        } catch (BusinessException e) {
            problem = e.getMessage();
        }
    }

    public SavedMethod getMethod() {
        return options == null ? null : options.method(methodId);
    }

    /** The fee line is there for cards only, and only when the contractor charges one. */
    public boolean isFeeShown() {
        SavedMethod method = getMethod();
        return method != null && method.isCard() && options.cardFeePercent().signum() > 0;
    }

    public String getFullBalanceLabel() {
        return "Full balance (" + formats.money(options.payable()) + ")";
    }

    private BigDecimal amountToPay() {
        return otherAmount ? amount : options.payable();
    }

    private static Long parseId(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPay() {
        return pay;
    }

    public void setPay(String pay) {
        this.pay = pay;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public boolean isPaying() {
        return paying;
    }

    public PayOptions getOptions() {
        return options;
    }

    public boolean isOtherAmount() {
        return otherAmount;
    }

    public void setOtherAmount(boolean otherAmount) {
        this.otherAmount = otherAmount;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Long getMethodId() {
        return methodId;
    }

    public void setMethodId(Long methodId) {
        this.methodId = methodId;
    }

    public Quote getQuote() {
        return quote;
    }

    public String getProblem() {
        return problem;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
