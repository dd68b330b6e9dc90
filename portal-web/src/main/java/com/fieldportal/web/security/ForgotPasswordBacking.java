package com.fieldportal.web.security;

import com.fieldportal.signin.PasswordService;
import com.fieldportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Forgot your password?": the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @EJB
    PasswordService passwords;

    @NotBlank(message = "Enter the e-mail address you sign in with.")
    @Email(message = "That does not look like an e-mail address.")
    @Size(max = 254, message = "That e-mail address is too long.")
    private String email;

    private boolean sent;

    public void send() {
        passwords.requestReset(email);
        sent = true;
        Messages.info("If " + email + " belongs to an account, we have sent it a link to choose a new password. "
                + "The link works once, for one hour.");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
