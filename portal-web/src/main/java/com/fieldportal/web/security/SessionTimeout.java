package com.fieldportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sessions end after portal.session.timeout-minutes without a request (30 unless configured). */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "portal.session.timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(timeoutMinutes * 60);
    }
}
