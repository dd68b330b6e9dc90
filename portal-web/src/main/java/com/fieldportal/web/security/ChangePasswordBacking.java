package com.fieldportal.web.security;

import com.fieldportal.signin.PasswordService;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.signin.SignedInLogin;
import com.fieldportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reset Password in the user menu, for someone signed in: the current password, then the new one twice. The
 * login's other sessions end; this one carries on under the new session generation.
 */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @EJB
    PasswordService passwords;

    private String currentPassword;
    private String password;
    private String confirmation;

    public void change() {
        try {
            int sessionEpoch = passwords.changePassword(currentPassword, password, confirmation);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            SignedInLogin login = PortalAuthentication.signedIn(request);
            request.getSession().setAttribute(PortalAuthentication.SESSION_LOGIN, login.withEpoch(sessionEpoch));
            Messages.info("Your password has been changed. Your other sessions have been signed out.");
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
