package com.fieldportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A redirect that PrimeFaces ajax requests follow too (they would show a redirect's target as page content otherwise). */
final class Redirects {

    private Redirects() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String url) {
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not send the redirect to " + url, e);
        }
    }
}
