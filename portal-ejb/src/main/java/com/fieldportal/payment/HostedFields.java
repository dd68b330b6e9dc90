package com.fieldportal.payment;

/**
 * The processor's own page of fields, framed in Manage Payment Methods. When the customer has typed a card or
 * bank account into it, the frame posts {@code {"token": "…"}} to the portal page, from {@code origin}.
 */
public record HostedFields(String frameUrl, String origin) {
}
