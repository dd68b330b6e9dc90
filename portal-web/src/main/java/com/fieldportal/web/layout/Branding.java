package com.fieldportal.web.layout;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.configuration.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The contractor's settings for this request: title, colours, and which sections are shown. Read once per request. */
@Named
@RequestScoped
public class Branding {

    @EJB
    ConfigurationService configuration;

    private PortalSettings settings;

    @PostConstruct
    void load() {
        settings = configuration.settings();
    }

    public PortalSettings getSettings() {
        return settings;
    }
}
