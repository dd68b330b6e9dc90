package com.fieldportal.web.security;

import com.fieldportal.signin.SignInAttempt;
import com.fieldportal.web.api.ApiKeyAuthentication;
import com.fieldportal.signin.SignedInLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form sign-in through the sign-in page (which calls SecurityContext.authenticate). The session keeps who
 * signed in ({@link SignedInLogin}) and every request tells the container again: this mechanism does not use
 * {@code @AutoApplySession}, whose reuse of the container's subject gives valid sessions random 403s under
 * load on Payara 6 (payara/Payara#6145). {@link SessionGuardFilter} then checks that the login may still be
 * signed in.
 * <p>
 * A visitor without a session who asks for a protected page is sent to the sign-in page, told when their
 * session has expired, and brought back to that page afterwards. PrimeFaces ajax requests get a redirect
 * they understand instead of the sign-in page's HTML. Calls of the back office's API are authenticated by their API key
 * instead ({@link ApiKeyAuthentication}).
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";
    static final String SESSION_LOGIN = SignedInLogin.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInAttempt attempt;

    @Inject
    ApiKeyAuthentication apiKeys;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (ApiKeyAuthentication.isApiCall(request)) {
            return apiKeys.authenticate(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SESSION_LOGIN, attempt.result().login());
            }
            return context.notifyContainerAboutLogin(result);
        }
        SignedInLogin login = signedIn(request);
        if (login != null) {
            return context.notifyContainerAboutLogin(login.email(), login.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        ContinueUrl.remember(request);
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        Redirects.send(request, response, request.getContextPath() + SIGN_IN_PAGE + (expired ? "?expired=true" : ""));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static SignedInLogin signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInLogin) session.getAttribute(SESSION_LOGIN);
    }
}
