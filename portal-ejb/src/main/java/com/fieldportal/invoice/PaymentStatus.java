package com.fieldportal.invoice;

import java.util.Locale;

public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, RETURNED, REFUNDED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public String getLabel() {
        return label();
    }
}
