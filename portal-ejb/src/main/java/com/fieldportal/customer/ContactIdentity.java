package com.fieldportal.customer;

import java.util.List;

/**
 * The signed-in contact as one request needs it: who, of which account, whether it may still sign in,
 * and the properties it may see (active ones of its own account, by name).
 */
public record ContactIdentity(long id, String name, long accountId, boolean active, int sessionEpoch,
                              List<LinkedProperty> properties) {

    public ContactIdentity {
        properties = List.copyOf(properties);
    }

    public List<Long> propertyIds() {
        return properties.stream().map(LinkedProperty::id).toList();
    }

    public boolean isLinkedTo(long propertyId) {
        return properties.stream().anyMatch(p -> p.id() == propertyId);
    }
}
