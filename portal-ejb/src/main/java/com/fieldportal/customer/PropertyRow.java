package com.fieldportal.customer;

import com.fieldportal.staff.StaffUser;

/** A property in the staff console: where it is and who looks after it. */
public record PropertyRow(long id, String name, String address, boolean active, String accountOwner, String operationsManager,
                          String salesRep) {

    static PropertyRow of(Property p) {
        return new PropertyRow(p.getId(), p.getName(), p.getAddress() == null ? "" : p.getAddress().getSingleLine(), p.isActive(),
                nameOf(p.getAccountOwner()), nameOf(p.getOperationsManager()), nameOf(p.getSalesRep()));
    }

    private static String nameOf(StaffUser staff) {
        return staff == null ? "" : staff.getName();
    }
}
