package com.fieldportal.web.layout;

import jakarta.enterprise.context.SessionScoped;
import com.fieldportal.web.Pages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The property filter of the menu: one of the contact's properties, or all of them (null). Kept in
 * the session so that the choice follows the contact from page to page.
 */
@Named
@SessionScoped
public class PropertyFilter implements Serializable {

    @Inject
    PropertyOptions options;

    private Long selected;

    /** The chosen property, or null for "All properties" (also when the choice is no longer one of the contact's). */
    public Long getPropertyId() {
        return selected != null && options.contains(selected) ? selected : null;
    }

    public void setPropertyId(Long propertyId) {
        this.selected = propertyId;
    }

    /** After a change the page is loaded again, so that the balance and every list follow the filter. */
    public void changed() throws IOException {
        Pages.reload();
    }
}
