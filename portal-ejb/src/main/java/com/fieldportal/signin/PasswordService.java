package com.fieldportal.signin;

import com.fieldportal.audit.RequestOrigin;
import com.fieldportal.security.PasswordHashing;
import com.fieldportal.security.PasswordPolicy;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.EmailAddress;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Forgotten passwords (an e-mailed one-time link, valid one hour), for contacts and staff alike, and password
 * changes. A new password ends the login's other sessions. Hashing happens outside the transactions of
 * {@link LoginRecords}.
 */
@Stateless
@DenyAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PasswordService {

    @EJB
    LoginRecords records;

    @Inject
    PasswordHashing hashing;

    @Inject
    RequestOrigin origin;

    @Resource
    SessionContext session;

    /** Answers at once and the same way whether or not the address has an account; the mail is prepared in the background. */
    @PermitAll
    public void requestReset(String email) {
        String login = EmailAddress.normalize(email);
        if (!login.isEmpty() && login.length() <= EmailAddress.MAX_LENGTH) {
            records.requestReset(login, origin.ipAddress(), origin.userAgent());
        }
    }

    @PermitAll
    public LinkCheck checkResetLink(String rawToken) {
        return records.checkLink(rawToken);
    }

    @PermitAll
    public void resetPassword(String rawToken, String newPassword, String confirmation) {
        String login = records.loginOfValidLink(rawToken);
        PasswordPolicy.check(newPassword, confirmation, login);
        records.resetPassword(rawToken, hashing.hash(newPassword));
    }

    /**
     * A signed-in contact or staff user picks a new password, proving the current one; wrong current passwords
     * count like wrong sign-ins.
     *
     * @return the login's new session generation: the caller's own session stays signed in with it, all others end
     */
    @RolesAllowed({Roles.CONTACT, Roles.STAFF})
    public int changePassword(String currentPassword, String newPassword, String confirmation) {
        String login = session.getCallerPrincipal().getName();
        PasswordPolicy.check(newPassword, confirmation, login);
        LoginRecords.Prepared prepared = LoginLocks.inTurn(login, () -> records.prepare(login, null));
        if (prepared.refused()) {
            throw new BusinessException("Too many wrong passwords. Wait a few minutes, or sign out and reset your password.");
        }
        String newHash;
        try {
            boolean right = currentPassword != null && currentPassword.length() <= PasswordPolicy.MAX_LENGTH
                    && hashing.matches(currentPassword, prepared.passwordHash());
            if (!right) {
                records.recordWrongPassword(login, prepared.client(), "PASSWORD_CHANGE_FAILED");
                throw new BusinessException("The current password is not correct.");
            }
            newHash = hashing.hash(newPassword);
        } catch (PasswordHashing.Busy e) {
            records.forgetAttempt(prepared.attemptId());
            throw e;
        }
        return records.changePassword(login, prepared.client(), prepared.passwordHash(), newHash);
    }
}
