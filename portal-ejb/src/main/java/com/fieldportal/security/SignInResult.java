package com.fieldportal.security;

import java.time.Instant;
import java.util.Set;

/** The answer to a sign-in: who signed in and with which roles, or why not. */
public record SignInResult(Outcome outcome, String login, Set<String> roles, Instant lockedUntil) {

    public enum Outcome {
        SIGNED_IN, WRONG_CREDENTIALS, LOCKED
    }

    static SignInResult signedIn(String login, Set<String> roles) {
        return new SignInResult(Outcome.SIGNED_IN, login, roles, null);
    }

    static SignInResult wrongCredentials() {
        return new SignInResult(Outcome.WRONG_CREDENTIALS, null, Set.of(), null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), until);
    }
}
