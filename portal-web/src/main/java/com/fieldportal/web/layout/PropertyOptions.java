package com.fieldportal.web.layout;

import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.LinkedProperty;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The contact's linked properties, as read for this request: a link staff remove takes effect at once. */
@Named
@RequestScoped
public class PropertyOptions {

    @Inject
    CustomerAccess access;

    private List<LinkedProperty> properties;

    @PostConstruct
    void load() {
        properties = access.linkedProperties();
    }

    public List<LinkedProperty> getProperties() {
        return properties;
    }

    public boolean contains(Long propertyId) {
        return properties.stream().anyMatch(p -> p.id() == propertyId);
    }
}
