package com.fieldportal.invoice;

/** Where a payment was taken: in the portal, by staff on the customer's behalf, or pushed by the back office. */
public enum PaymentSource {
    PORTAL, STAFF, BACK_OFFICE
}
