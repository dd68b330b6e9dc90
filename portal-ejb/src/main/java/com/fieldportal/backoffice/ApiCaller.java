package com.fieldportal.backoffice;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.ActorType;

/** The API key a call was made with, as the audit log and the rate limit know it. */
public record ApiCaller(long keyId, String name, ApiScope scope, int requestsPerMinute) {

    public Actor actor() {
        return new Actor(ActorType.API_KEY, keyId, name);
    }
}
