package com.fieldportal.web.security;

import com.fieldportal.security.Roles;
import com.fieldportal.signin.SignInAttempt;
import com.fieldportal.signin.SignInResult;
import com.fieldportal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The sign-in page. */
@Named
@RequestScoped
public class SignInBacking {

    /** The same for a wrong password, an unknown address and too many attempts: the answer tells an attacker nothing. */
    static final String REFUSED = "The e-mail address or password is not correct, or there were too many attempts. "
            + "Try again in a few minutes, or reset your password.";

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInAttempt attempt;

    @Inject
    DeviceCookie deviceCookie;

    @Inject
    FacesContext faces;

    @NotBlank(message = "Enter your e-mail address.")
    @Size(max = 254, message = "That e-mail address is too long.")
    private String email;

    @NotBlank(message = "Enter your password.")
    @Size(max = 128, message = "That password is too long.")
    private String password;

    /** Someone already signed in who opens the sign-in page goes to their start page. */
    public void redirectIfSignedIn() throws IOException {
        if (faces.getExternalContext().getUserPrincipal() != null) {
            faces.getExternalContext().redirect(startPage());
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        attempt.presentDevice(deviceCookie.read(request));
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                deviceCookie.write(request, response, attempt.result().newDeviceToken());
                String context = external.getRequestContextPath();
                boolean contact = securityContext.isCallerInRole(Roles.CONTACT);
                external.redirect(ContinueUrl.take(request.getSession(), contact ? context + "/" : context + "/staff/",
                        contact ? context + "/staff/" : null, startPage()));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> Messages.error(failureMessage());
        }
    }

    private String failureMessage() {
        SignInResult result = attempt.result();
        return result != null && result.outcome() == SignInResult.Outcome.BUSY
                ? "The portal is very busy right now. Please try again in a minute." : REFUSED;
    }

    /** Contacts start on Home, staff in the staff console; neither is sent back into the other's area. */
    private String startPage() {
        return faces.getExternalContext().getRequestContextPath() + (securityContext.isCallerInRole(Roles.CONTACT) ? "/" : "/staff/");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
