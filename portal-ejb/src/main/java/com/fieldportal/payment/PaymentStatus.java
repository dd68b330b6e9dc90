package com.fieldportal.payment;

public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, RETURNED, REFUNDED
}
