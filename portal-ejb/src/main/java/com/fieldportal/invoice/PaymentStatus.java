package com.fieldportal.invoice;

public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, RETURNED, REFUNDED
}
