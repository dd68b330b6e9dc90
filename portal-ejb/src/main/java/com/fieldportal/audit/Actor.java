package com.fieldportal.audit;

import com.fieldportal.customer.Contact;
import com.fieldportal.staff.StaffUser;

/** Who did something, as the audit log records it. */
public record Actor(ActorType type, Long id, String name) {

    public static Actor contact(Contact contact) {
        return new Actor(ActorType.CONTACT, contact.getId(), contact.getEmail());
    }

    public static Actor staff(StaffUser staff) {
        return new Actor(ActorType.STAFF, staff.getId(), staff.getEmail());
    }
}
