package com.fieldportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The page a visitor asked for before signing in, to go back to afterwards. Only pages of this portal. */
final class ContinueUrl {

    private static final String ATTRIBUTE = ContinueUrl.class.getName();

    private ContinueUrl() {
    }

    static void remember(HttpServletRequest request) {
        String url = request.getRequestURI();
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            url += "?" + request.getQueryString();
        }
        request.getSession().setAttribute(ATTRIBUTE, url);
    }

    /** The remembered page if it lies under {@code prefix} (a path of this portal), else {@code fallback}. */
    static String take(HttpSession session, String prefix, String fallback) {
        Object url = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        if (url instanceof String path && path.startsWith(prefix) && !path.startsWith("//") && !path.contains("\\")) {
            return path;
        }
        return fallback;
    }
}
