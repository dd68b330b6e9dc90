package com.fieldportal.staff;

/** The signed-in staff user as one request needs it. */
public record StaffIdentity(long id, String name, String email, boolean active, int sessionEpoch) {
}
