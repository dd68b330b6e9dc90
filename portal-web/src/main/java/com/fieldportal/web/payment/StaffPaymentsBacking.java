package com.fieldportal.web.payment;

import com.fieldportal.invoice.PaymentStatus;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.payment.PaymentDesk;
import com.fieldportal.payment.PaymentFilter;
import com.fieldportal.payment.PaymentRow;
import com.fieldportal.shared.Formats;
import com.fieldportal.web.Messages;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Payments in the staff console: every payment, filtered by status, method and day; admins refund card payments. */
@Named
@ViewScoped
public class StaffPaymentsBacking implements Serializable {

    @Inject
    Formats formats;

    @EJB
    PaymentDesk desk;

    private final PaymentFilter filter = new PaymentFilter();
    private PaymentRow refunding;
    private BigDecimal refundAmount;

    private final PagedModel<PaymentRow> payments = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return desk.count(filter);
        }

        @Override
        public List<PaymentRow> rows(int first, int size) {
            return desk.payments(filter, first, size);
        }
    }, PaymentRow::id);

    public void startRefund(PaymentRow payment) {
        refunding = payment;
        refundAmount = payment.refundable();
    }

    public void refund() {
        desk.refund(refunding.id(), refundAmount);
        Messages.info("Refunded " + formats.money(refundAmount) + " of payment " + refunding.reference() + " (invoice " + refunding.invoiceNumber()
                + "). The payer is told by e-mail.");
        refunding = null;
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public PaymentType[] getTypes() {
        return PaymentType.values();
    }

    public PaymentFilter getFilter() {
        return filter;
    }

    public PagedModel<PaymentRow> getPayments() {
        return payments;
    }

    public PaymentRow getRefunding() {
        return refunding;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }
}
