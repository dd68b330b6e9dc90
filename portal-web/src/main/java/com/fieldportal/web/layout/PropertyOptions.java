package com.fieldportal.web.layout;

import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.Property;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The contact's linked properties, read afresh on each request so that a link staff remove takes effect at once. */
@Named
@RequestScoped
public class PropertyOptions {

    @EJB
    CustomerAccess access;

    private List<Property> properties;

    @PostConstruct
    void load() {
        properties = access.linkedProperties();
    }

    public List<Property> getProperties() {
        return properties;
    }

    public boolean contains(Long propertyId) {
        return properties.stream().anyMatch(p -> p.getId().equals(propertyId));
    }
}
