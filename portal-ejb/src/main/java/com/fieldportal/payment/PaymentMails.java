package com.fieldportal.payment;

import com.fieldportal.invoice.Payment;
import com.fieldportal.notification.MailMessage;
import com.fieldportal.shared.Formats;
import java.math.BigDecimal;

/** The mails a payment sends its payer: the receipt, and word of a refund. Plain text, like a till receipt. */
final class PaymentMails {

    private PaymentMails() {
    }

    static MailMessage receipt(Payment payment, String company, Formats formats) {
        boolean pending = payment.isPending();
        String invoice = payment.getInvoice().getNumber();
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(payment.getContact().getName()).append(",\n\n")
                .append(pending
                        ? "We received your bank payment for invoice " + invoice + ". Bank payments take a few business days to clear;"
                          + " the invoice shows it as pending until then.\n\n"
                        : "Thank you for your payment of invoice " + invoice + ".\n\n")
                .append("Amount paid:       ").append(formats.money(payment.getPrincipal())).append('\n');
        if (payment.getConvenienceFee().signum() > 0) {
            text.append("Convenience fee:   ").append(formats.money(payment.getConvenienceFee())).append('\n')
                .append("Total charged:     ").append(formats.money(payment.total())).append('\n');
        }
        text.append("Paid with:         ").append(payment.getMethod().describe()).append('\n')
            .append("Reference:         ").append(payment.getGatewayReference()).append('\n')
            .append("Date:              ").append(formats.dateTime(payment.getCreatedAt())).append('\n')
            .append("Invoice balance:   ").append(formats.money(payment.getInvoice().getBalance()))
            .append(pending ? " (before this payment clears)" : "").append("\n\n")
            .append(company).append('\n');
        return MailMessage.to(payment.getContact().getEmail(),
                (pending ? "Payment submitted for invoice " : "Payment receipt for invoice ") + invoice, text.toString(), null);
    }

    static MailMessage refund(Payment payment, BigDecimal amount, String company, Formats formats) {
        String invoice = payment.getInvoice().getNumber();
        String text = "Hello " + payment.getContact().getName() + ",\n\n"
                + "We refunded " + formats.money(amount) + " of your payment " + payment.getGatewayReference()
                + " for invoice " + invoice + " to " + payment.getMethod().describe() + ".\n"
                + "It usually shows on your statement within 5 to 10 business days.\n\n"
                + "Invoice balance now: " + formats.money(payment.getInvoice().getBalance()) + "\n\n"
                + company + "\n";
        return MailMessage.to(payment.getContact().getEmail(), "Refund for invoice " + invoice, text, null);
    }

    static MailMessage returned(Payment payment, String company, Formats formats) {
        String invoice = payment.getInvoice().getNumber();
        String text = "Hello " + payment.getContact().getName() + ",\n\n"
                + "Your bank returned the payment of " + formats.money(payment.getPrincipal()) + " from "
                + payment.getMethod().describe() + " for invoice " + invoice + " (reference " + payment.getGatewayReference() + ").\n"
                + "The bank's reason: " + payment.getFailureReason() + "\n\n"
                + "The invoice is open again with a balance of " + formats.money(payment.getInvoice().getBalance())
                + ". You can pay it in the customer portal with another payment method.\n\n"
                + company + "\n";
        return MailMessage.to(payment.getContact().getEmail(), "Bank payment returned for invoice " + invoice, text, null);
    }

    static MailMessage expiringCard(PaymentMethod method, String company, String portalUrl) {
        String text = "Hello " + method.getContact().getName() + ",\n\n"
                + "Your default card for paying " + company + ", " + method.describe() + ", expires at the end of "
                + method.getExpiry().getMonthValue() + "/" + method.getExpiry().getYear() + ".\n"
                + "To keep paying online without a hitch, add your new card under Manage Payments in the customer portal:\n"
                + portalUrl + "/payments.xhtml\n\n"
                + company + "\n";
        return MailMessage.to(method.getContact().getEmail(), "Your card ending " + method.getLastFour() + " expires soon", text, null);
    }
}
