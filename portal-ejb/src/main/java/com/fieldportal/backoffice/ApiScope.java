package com.fieldportal.backoffice;

import com.fieldportal.security.Roles;
import java.util.Set;

/** What an API key may do: read what customers did, or also write the back office's documents. */
public enum ApiScope {
    READ(Set.of(Roles.API_READ)), WRITE(Set.of(Roles.API_READ, Roles.API_WRITE));

    private final Set<String> roles;

    ApiScope(Set<String> roles) {
        this.roles = roles;
    }

    public Set<String> roles() {
        return roles;
    }
}
