package com.fieldportal.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the Pay Invoice dialog offers: the amount that may still be paid (the balance less payments on their way),
 * the saved methods that can pay (no expired cards), and the card fee's percentage (0 when there is none).
 */
public record PayOptions(long invoiceId, String invoiceNumber, BigDecimal balance, BigDecimal pending, BigDecimal payable,
                         List<SavedMethod> methods, BigDecimal cardFeePercent) implements Serializable {

    public PayOptions {
        methods = List.copyOf(methods);
    }

    public boolean canPay() {
        return payable.signum() > 0;
    }

    public SavedMethod method(Long id) {
        return methods.stream().filter(m -> id != null && m.id() == id).findFirst().orElse(null);
    }

    public SavedMethod preferredMethod() {
        return methods.stream().filter(SavedMethod::preferred).findFirst().orElse(methods.isEmpty() ? null : methods.get(0));
    }
}
