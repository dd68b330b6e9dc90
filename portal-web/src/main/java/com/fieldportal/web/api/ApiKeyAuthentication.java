package com.fieldportal.web.api;

import com.fieldportal.backoffice.ApiCaller;
import com.fieldportal.backoffice.ApiKeys;
import com.fieldportal.backoffice.CallingKey;
import com.fieldportal.backoffice.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * API calls carry an API key as bearer token, never a session: each call is authenticated on its own, with the
 * key's scope as its roles. A missing, unknown or revoked key gets 401 with a problem body.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

    @EJB
    ApiKeys keys;

    @Inject
    CallingKey callingKey;

    /** By the servlet path, which the container has normalised. */
    public static boolean isApiCall(HttpServletRequest request) {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        return path.startsWith("/api/");
    }

    public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<ApiCaller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? keys.verify(header.substring(7).strip()) : Optional.empty();
        if (caller.isPresent()) {
            callingKey.set(caller.get());
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().scope().roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        Problem problem = Problem.of(401, "unauthorized", "No valid API key", header == null
                ? "Send an API key as the header Authorization: Bearer <key>."
                : "The API key is not known or has been revoked.");
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"portal\"");
        response.setContentType(Problem.MEDIA_TYPE);
        try {
            response.getOutputStream().write(Problems.json(problem).getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
