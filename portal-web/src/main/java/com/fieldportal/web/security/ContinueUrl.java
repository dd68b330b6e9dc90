package com.fieldportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page a visitor asked for before signing in, to go back to afterwards: path and query string, also for
 * a form post (forms post to their page's address with its parameters, see ViewParamsInFormActions).
 * Only pages of this portal.
 */
final class ContinueUrl {

    private static final String ATTRIBUTE = ContinueUrl.class.getName();

    private ContinueUrl() {
    }

    static void remember(HttpServletRequest request) {
        String url = request.getRequestURI();
        if (request.getQueryString() != null) {
            url += "?" + request.getQueryString();
        }
        request.getSession().setAttribute(ATTRIBUTE, url);
    }

    /**
     * The remembered page if it lies in {@code area} (a path of this portal) and not in {@code excluded}, else
     * {@code fallback}.
     */
    static String take(HttpSession session, String area, String excluded, String fallback) {
        Object url = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        if (url instanceof String path && path.startsWith(area) && (excluded == null || !path.startsWith(excluded))
                && !path.startsWith("//") && !path.contains("\\")) {
            return path;
        }
        return fallback;
    }
}
