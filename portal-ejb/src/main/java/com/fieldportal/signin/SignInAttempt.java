package com.fieldportal.signin;

import jakarta.enterprise.context.RequestScoped;

/**
 * This request's sign-in, between the sign-in page and the identity store: Jakarta Security passes only the
 * e-mail and password through, and says only "failed". The page puts the browser's device token in and
 * reads the result out.
 */
@RequestScoped
public class SignInAttempt {

    private String deviceToken;
    private SignInResult result;

    public void presentDevice(String deviceToken) {
        this.deviceToken = deviceToken;
    }

    String deviceToken() {
        return deviceToken;
    }

    void record(SignInResult result) {
        this.result = result;
    }

    public SignInResult result() {
        return result;
    }
}
