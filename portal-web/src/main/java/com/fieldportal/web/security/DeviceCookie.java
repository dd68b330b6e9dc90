package com.fieldportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie by which a browser shows that it has signed in to a login before (see KnownDevice): strangers'
 * wrong passwords then never lock its owner out.
 */
@ApplicationScoped
public class DeviceCookie {

    static final String NAME = "portal_device";
    private static final int MAX_AGE = (int) Duration.ofDays(180).toSeconds();

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    String read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    void write(HttpServletRequest request, HttpServletResponse response, String token) {
        if (token == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || baseUrl.startsWith("https:"));
        cookie.setMaxAge(MAX_AGE);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
