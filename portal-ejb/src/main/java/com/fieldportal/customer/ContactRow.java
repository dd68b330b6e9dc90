package com.fieldportal.customer;

import java.time.Instant;
import java.util.List;

/** A contact as the staff console shows it. */
public record ContactRow(long id, String name, String email, String phone, String roles, List<LinkedProperty> linkedProperties,
                         boolean active, Instant invitedAt, boolean hasPassword, Instant lastSignIn) {

    public ContactRow {
        linkedProperties = List.copyOf(linkedProperties);
    }

    static ContactRow of(Contact c) {
        return new ContactRow(c.getId(), c.getName(), c.getEmail(), c.getPhone(),
                c.getRoles().stream().map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase()).sorted().reduce((a, b) -> a + ", " + b).orElse(""),
                c.getLinkedProperties().stream().sorted(java.util.Comparator.comparing(Property::getName))
                        .map(p -> new LinkedProperty(p.getId(), p.getName())).toList(),
                c.isActiveFlag(), c.getInvitedAt(), c.credentials().hasPassword(), c.credentials().lastSignIn());
    }

    public boolean isLinkedTo(long propertyId) {
        return linkedProperties.stream().anyMatch(p -> p.id() == propertyId);
    }
}
