package com.fieldportal.signin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks e-mail and password against contacts and staff users (see {@link SignInService}). */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    SignInService signIn;

    @Inject
    SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = signIn.signIn(credential.getCaller(), credential.getPasswordAsString(), attempt.deviceToken());
        attempt.record(result);
        return result.outcome() == SignInResult.Outcome.SIGNED_IN
                ? new CredentialValidationResult(result.login().email(), result.login().roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
