package com.fieldportal.staff;

public enum StaffRole {
    STAFF, ADMIN
}
