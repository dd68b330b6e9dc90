package com.fieldportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries, error pages included (mapped in web.xml for REQUEST, FORWARD and ERROR
 * dispatches): no MIME sniffing, no framing by other sites, no referrer to other sites, the
 * Content-Security-Policy, and HSTS when the portal is served over HTTPS. Pages (not scripts or images) are
 * not stored by the browser, so that Back after Sign Out shows nothing of the account.
 * <p>
 * The policy is web.xml's {@code primefaces.CSP_POLICY}. PrimeFaces adds it again to the pages it renders,
 * with the page's script nonce appended; this filter makes that one replace its own, so that a page carries
 * one policy, not two.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    private static final String HSTS = "max-age=31536000";

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, policy);
        if (request.isSecure() || baseUrl.startsWith("https:")) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getServletPath();
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/images/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Turns a second Content-Security-Policy (PrimeFaces', with the nonce) into a replacement of the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
