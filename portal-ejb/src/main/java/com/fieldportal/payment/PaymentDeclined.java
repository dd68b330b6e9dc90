package com.fieldportal.payment;

import com.fieldportal.shared.BusinessException;

/** The gateway declined the charge: nothing was taken, and this attempt is over (the next one needs a new key). */
public class PaymentDeclined extends BusinessException {

    public PaymentDeclined(String message) {
        super(message);
    }
}
