package com.fieldportal.web.security;

import com.fieldportal.signin.SignedInLogin;
import com.fieldportal.signin.SignedInSession;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends a session whose login may no longer be signed in: deactivated, or its password changed (by another
 * session, or a reset) since this session signed in. Asked on every page request; the same read then
 * serves the request's services (see SignedInContact). Static resources are not asked.
 */
public class SessionGuardFilter extends HttpFilter {

    @EJB
    SignedInSession sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInLogin login = PortalAuthentication.signedIn(request);
        if (login != null && !isStaticResource(request) && !sessions.isCurrent(login)) {
            request.logout();
            request.getSession().invalidate();
            Redirects.send(request, response, request.getContextPath() + PortalAuthentication.SIGN_IN_PAGE + "?ended=true");
            return;
        }
        chain.doFilter(request, response);
    }

    /** By the servlet path, which the container has normalised ("/images/../x.xhtml" is "/x.xhtml"), not the raw URI. */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/images/");
    }
}
