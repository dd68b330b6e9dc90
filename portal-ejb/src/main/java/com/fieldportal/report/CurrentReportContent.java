package com.fieldportal.report;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.shared.Formats;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What every document of this request prints besides its own content: the contractor's name, logo and colour, formats, links. */
@RequestScoped
public class CurrentReportContent {

    @EJB
    ReportTemplates templates;

    @EJB
    ConfigurationService configuration;

    @Inject
    CurrentSettings settings;

    @Inject
    Formats formats;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    public ReportContent get() {
        PortalSettings current = settings.get();
        return new ReportContent(current, current.hasLogo() ? templates.logo(current.version(), configuration::logo) : null,
                formats, baseUrl);
    }
}
