package com.fieldportal.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Checks e-mail and password against contacts and staff users (see {@link SignInService}). */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(PortalIdentityStore.class.getName());

    @EJB
    SignInService signIn;

    @Inject
    SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result;
        try {
            result = signIn.signIn(credential.getCaller(), credential.getPasswordAsString());
        } catch (EJBException e) {
            // e.g. two sign-ins of the same login at once: the losing one is simply refused
            LOG.log(Level.WARNING, "Sign-in could not be completed", e);
            result = SignInResult.wrongCredentials();
        }
        attempt.record(result);
        return result.outcome() == SignInResult.Outcome.SIGNED_IN
                ? new CredentialValidationResult(result.login(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
