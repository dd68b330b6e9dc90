package com.fieldportal.signin;

import com.fieldportal.security.Roles;
import java.io.Serializable;
import java.util.Set;

/**
 * What a session remembers of its sign-in: the login, its roles, and the session generation it was signed in
 * under (see {@link com.fieldportal.security.Credentials}). Checked again on every request.
 */
public record SignedInLogin(String email, Set<String> roles, int sessionEpoch) implements Serializable {

    public SignedInLogin {
        roles = Set.copyOf(roles);
    }

    public boolean isContact() {
        return roles.contains(Roles.CONTACT);
    }

    public SignedInLogin withEpoch(int epoch) {
        return new SignedInLogin(email, roles, epoch);
    }
}
