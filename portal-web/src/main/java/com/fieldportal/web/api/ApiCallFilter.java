package com.fieldportal.web.api;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.backoffice.ApiCaller;
import com.fieldportal.backoffice.CallingKey;
import com.fieldportal.backoffice.FieldError;
import com.fieldportal.backoffice.InvalidDocument;
import com.fieldportal.backoffice.Problem;
import com.fieldportal.security.Roles;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every API call goes through once its key is known: the key's rate limit (429 and Retry-After), its scope
 * (a read-only key may not write: 403), the size of the document (413), and an entry in the audit log with the
 * key's name, the call and its answer.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiCallFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    CallingKey callingKey;

    @Inject
    RateLimits rateLimits;

    @EJB
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.api.max-request-bytes", defaultValue = "10485760")
    long maxRequestBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        ApiCaller caller = callingKey.caller();
        long wait = rateLimits.take(caller);
        if (wait > 0) {
            request.abortWith(Response.fromResponse(Problems.response(Problem.of(429, "rate-limit", "Too many requests", "Key " + caller.name()
                    + " may make " + caller.requestsPerMinute() + " requests a minute; try again in " + wait + " s.")))
                    .header(HttpHeaders.RETRY_AFTER, wait).build());
            return;
        }
        boolean reads = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!reads && !request.getSecurityContext().isUserInRole(Roles.API_WRITE)) {
            request.abortWith(Problems.response(Problem.of(403, "forbidden", "The API key may not do this", "Key " + caller.name() + " may only read.")));
            return;
        }
        if (request.getLength() > maxRequestBytes) {
            request.abortWith(tooLarge());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream(), maxRequestBytes));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 429) {
            return; // a key sending too much would otherwise flood the audit log as well
        }
        audit.record(callingKey.caller().actor(), "API_CALL", null, null,
                request.getMethod() + " /" + request.getUriInfo().getPath() + " → " + response.getStatus());
    }

    private Response tooLarge() {
        return Problems.response(Problem.of(413, "too-large", "The document is too large", "At most " + maxRequestBytes + " bytes a request."));
    }

    /**
     * Reads the body for JSON-B, stopping once it passes the size limit (a body sent without a length), or at a NUL
     * character (written as the escape backslash-u-0000), which the database cannot keep in a text.
     */
    private final class Capped extends FilterInputStream {

        private final long most;
        private long read;
        /** Backslashes just read: an odd run escapes what follows. */
        private int backslashes;
        /** Zeros read after an escaping backslash and "u", or -1 outside such an escape. */
        private int zeros = -1;

        Capped(InputStream in, long most) {
            super(in);
            this.most = most;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                scan(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            for (int i = 0; i < n; i++) {
                scan(buffer[offset + i]);
            }
            return n;
        }

        private void scan(int b) {
            if (zeros >= 0 && b == '0') {
                if (++zeros == 4) {
                    throw new WebApplicationException(Problems.response(ProblemMappers.of(new InvalidDocument(List.of(new FieldError("",
                            "a text holds a NUL character (the escape \\u0000), which the portal does not keep"))))));
                }
                return;
            }
            zeros = b == 'u' && backslashes % 2 == 1 ? 0 : -1;
            backslashes = b == '\\' ? backslashes + 1 : 0;
        }

        private void count(int n) {
            read += n;
            if (read > most) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
