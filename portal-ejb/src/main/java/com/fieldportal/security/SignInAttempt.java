package com.fieldportal.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The result of this request's sign-in, kept for the sign-in page: Jakarta Security only says
 * "failed", and the page must tell a wrong password from a locked account.
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    public void record(SignInResult result) {
        this.result = result;
    }

    public SignInResult result() {
        return result;
    }
}
