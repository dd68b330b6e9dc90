package com.fieldportal.web.security;

import com.fieldportal.security.PasswordService;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Reset Password in the user menu, for someone signed in: the current password, then the new one twice. */
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
            passwords.changePassword(currentPassword, password, confirmation);
            Messages.info("Your password has been changed.");
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
