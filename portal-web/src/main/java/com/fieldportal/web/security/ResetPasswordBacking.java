package com.fieldportal.web.security;

import com.fieldportal.signin.LinkCheck;
import com.fieldportal.signin.PasswordService;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page the reset link opens: checks the link, then takes the new password twice. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    @EJB
    PasswordService passwords;

    private String token;
    private String problem;
    private boolean firstPassword;
    private String password;
    private String confirmation;

    /** f:viewAction on first load: say at once when the link is no good, before anyone types a password. */
    public void checkLink() {
        LinkCheck check = passwords.checkResetLink(token);
        problem = check.status().problem();
        firstPassword = check.isFirstPassword();
        if (problem != null) {
            Messages.error(problem);
        }
    }

    public String reset() {
        try {
            passwords.resetPassword(token, password, confirmation);
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
            problem = passwords.checkResetLink(token).status().problem();
            return null;
        }
        Messages.infoAfterRedirect(firstPassword ? "Your password is set. Sign in with it." : "Your password has been changed. Sign in with the new one.");
        return "/login.xhtml?faces-redirect=true";
    }

    /** An invitation (or the first admin's link): the page says "choose your password", not "a new one". */
    public boolean isFirstPassword() {
        return firstPassword;
    }

    public boolean isLinkUsable() {
        return problem == null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
