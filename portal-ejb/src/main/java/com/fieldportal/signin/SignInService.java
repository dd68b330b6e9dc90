package com.fieldportal.signin;

import com.fieldportal.security.PasswordHashing;
import com.fieldportal.security.PasswordPolicy;
import com.fieldportal.shared.EmailAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sign-in by e-mail and password for contacts and staff users. Too many failures are refused before the
 * password is looked at (see {@link SignInThrottle}); the password is checked outside any transaction, so that
 * a flood of sign-ins holds no connection and no lock while it hashes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInService {

    @EJB
    LoginRecords records;

    @Inject
    PasswordHashing hashing;

    /** @param deviceToken the browser's token from an earlier sign-in, or null */
    public SignInResult signIn(String email, String password, String deviceToken) {
        String login = EmailAddress.normalize(email);
        if (login.isEmpty() || login.length() > EmailAddress.MAX_LENGTH || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            return SignInResult.refused();
        }
        LoginRecords.Prepared prepared = LoginLocks.inTurn(login, () -> records.prepare(login, deviceToken));
        if (prepared.refused()) {
            return SignInResult.refused();
        }
        boolean right;
        try {
            right = hashing.matches(password, prepared.passwordHash());
        } catch (PasswordHashing.Busy e) {
            records.forgetAttempt(prepared.attemptId());
            return SignInResult.busy();
        }
        if (!right || !prepared.active()) {
            records.recordWrongPassword(login, prepared.client(), "SIGN_IN_FAILED");
            return SignInResult.refused();
        }
        return records.recordSuccess(login, prepared.client(), prepared.passwordHash());
    }
}
