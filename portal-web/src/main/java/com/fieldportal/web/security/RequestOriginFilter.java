package com.fieldportal.web.security;

import com.fieldportal.audit.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells the services where the request comes from, for the audit log and the sign-in throttle. */
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(clientAddress.of(request), request.getHeader("User-Agent"));
        chain.doFilter(request, response);
    }
}
