package com.fieldportal.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address and browser of the current web request, filled in by the web module so that
 * services can audit where a change came from without knowing about HTTP. Empty for timers and jobs.
 */
@RequestScoped
public class RequestOrigin {

    private static final int MAX_USER_AGENT = 500;

    private String ipAddress;
    private String userAgent;

    public void set(String ipAddress, String userAgent) {
        this.ipAddress = ipAddress;
        this.userAgent = userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT);
    }

    public String ipAddress() {
        return ipAddress;
    }

    public String userAgent() {
        return userAgent;
    }
}
