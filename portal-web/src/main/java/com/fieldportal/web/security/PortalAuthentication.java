package com.fieldportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Form sign-in through the sign-in page (which calls SecurityContext.authenticate), kept in the HTTP
 * session. A visitor without a session who asks for a protected page is sent to the sign-in page,
 * told when their session has expired, and brought back to that page afterwards. PrimeFaces ajax
 * requests get a redirect they understand instead of the sign-in page's HTML.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        ContinueUrl.remember(request);
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String signIn = request.getContextPath() + SIGN_IN_PAGE + (expired ? "?expired=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return ajaxRedirect(response, signIn);
        }
        return context.redirect(signIn);
    }

    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the redirect to the sign-in page", e);
        }
    }
}
