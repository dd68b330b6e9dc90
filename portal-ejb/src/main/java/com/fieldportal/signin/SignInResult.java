package com.fieldportal.signin;

/**
 * The answer to a sign-in: who signed in, or that nobody did. A wrong password, an unknown address and a
 * login refused for too many attempts all answer the same REFUSED, so that the answer tells an attacker
 * nothing; BUSY means no password was checked at all.
 *
 * @param newDeviceToken when not null, the browser is to keep it (see {@link KnownDevice})
 */
public record SignInResult(Outcome outcome, SignedInLogin login, String newDeviceToken) {

    public enum Outcome {
        SIGNED_IN, REFUSED, BUSY
    }

    static SignInResult signedIn(SignedInLogin login, String newDeviceToken) {
        return new SignInResult(Outcome.SIGNED_IN, login, newDeviceToken);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, null);
    }

    static SignInResult busy() {
        return new SignInResult(Outcome.BUSY, null, null);
    }
}
