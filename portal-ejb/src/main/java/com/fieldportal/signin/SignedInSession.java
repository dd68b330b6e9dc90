package com.fieldportal.signin;

import com.fieldportal.customer.ContactIdentity;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.staff.SignedInStaff;
import com.fieldportal.staff.StaffIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Asked on every request of a signed-in session: may it go on? Not when the login was deactivated, or its
 * password changed since this session signed in (another session's change, or a reset). The read is the
 * request's one read of its caller, which the services then share.
 */
@Stateless
@PermitAll
public class SignedInSession {

    @Inject
    CustomerAccess contact;

    @Inject
    SignedInStaff staff;

    public boolean isCurrent(SignedInLogin login) {
        if (login.isContact()) {
            return contact.identity().filter(ContactIdentity::active)
                    .filter(c -> c.sessionEpoch() == login.sessionEpoch()).isPresent();
        }
        return staff.identity().filter(StaffIdentity::active)
                .filter(s -> s.sessionEpoch() == login.sessionEpoch()).isPresent();
    }
}
