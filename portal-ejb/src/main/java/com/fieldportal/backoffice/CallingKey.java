package com.fieldportal.backoffice;

import jakarta.enterprise.context.RequestScoped;

/**
 * The key of the current API call, set by the web module when it authenticates the call (like RequestOrigin), so
 * that the services can write it into the audit log.
 */
@RequestScoped
public class CallingKey {

    private ApiCaller caller;

    public void set(ApiCaller caller) {
        this.caller = caller;
    }

    public ApiCaller caller() {
        if (caller == null) {
            throw new IllegalStateException("No API key authenticated this call");
        }
        return caller;
    }
}
