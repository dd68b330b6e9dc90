package com.fieldportal.customer;

import java.util.List;

/** The properties a query may look at: the caller's linked properties, or the one chosen in the property filter. */
public record PropertyScope(List<Long> propertyIds) {

    public PropertyScope {
        propertyIds = List.copyOf(propertyIds);
    }

    public boolean isEmpty() {
        return propertyIds.isEmpty();
    }
}
