package com.fieldportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is marked Secure whenever the portal's address (portal.base-url) is https, also when
 * TLS ends at a proxy in front of the server and the server itself only sees plain HTTP. (Served over HTTPS
 * directly, it is Secure anyway.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (baseUrl.startsWith("https:")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
