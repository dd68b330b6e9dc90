package com.fieldportal.staff;

import java.time.Instant;

/** A staff user in the staff console's list. */
public record StaffRow(long id, String name, String email, String phone, boolean admin, boolean active, boolean hasPassword,
                       Instant lastSignIn) {

    static StaffRow of(StaffUser s) {
        return new StaffRow(s.getId(), s.getName(), s.getEmail(), s.getPhone(), s.isAdmin(), s.isActive(),
                s.credentials().hasPassword(), s.credentials().lastSignIn());
    }
}
