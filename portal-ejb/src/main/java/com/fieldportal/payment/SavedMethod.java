package com.fieldportal.payment;

import com.fieldportal.invoice.PaymentType;
import java.io.Serializable;
import java.time.YearMonth;

/** A saved payment method as pages show it. */
public record SavedMethod(long id, PaymentType type, String brand, String lastFour, YearMonth expiry, Funding funding,
                          String accountType, boolean preferred, boolean expired) implements Serializable {

    static SavedMethod of(PaymentMethod method, YearMonth now) {
        return new SavedMethod(method.getId(), method.getType(), method.getBrand(), method.getLastFour(), method.getExpiry(),
                method.getFunding(), method.getAccountType(), method.isPreferred(), method.isExpired(now));
    }

    public boolean isCard() {
        return type == PaymentType.CARD;
    }

    /** "Visa ending 4242", "Sandbox Test Bank ending 6789". */
    public String describe() {
        return brand + " ending " + lastFour;
    }

    /** "Debit card, expires 04/2028", "Checking account". */
    public String details() {
        if (type == PaymentType.CARD) {
            String kind = funding == null || funding == Funding.UNKNOWN ? "Card" : funding.label() + " card";
            return kind + (expired ? ", expired " : ", expires ") + String.format("%02d/%d", expiry.getMonthValue(), expiry.getYear());
        }
        return accountType == null ? "Bank account" : Character.toUpperCase(accountType.charAt(0)) + accountType.substring(1) + " account";
    }
}
