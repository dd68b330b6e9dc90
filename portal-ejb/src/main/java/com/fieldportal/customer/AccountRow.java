package com.fieldportal.customer;

/** A customer account in the staff console's lists. */
public record AccountRow(long id, String number, String name, boolean active) {
}
