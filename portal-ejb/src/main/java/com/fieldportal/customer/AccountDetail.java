package com.fieldportal.customer;

import java.util.List;

/** One customer account in the staff console: its properties and its contacts. */
public record AccountDetail(AccountRow account, String billingAddress, List<PropertyRow> properties, List<ContactRow> contacts) {

    public AccountDetail {
        properties = List.copyOf(properties);
        contacts = List.copyOf(contacts);
    }
}
