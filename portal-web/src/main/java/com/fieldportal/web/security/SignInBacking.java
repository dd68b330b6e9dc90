package com.fieldportal.web.security;

import com.fieldportal.security.Roles;
import com.fieldportal.security.SignInAttempt;
import com.fieldportal.security.SignInResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
import java.time.Duration;
import java.time.Instant;

/** The sign-in page. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInAttempt attempt;

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
        if (securityContext.getCallerPrincipal() != null) {
            faces.getExternalContext().redirect(startPage());
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(ContinueUrl.take(request.getSession(), areaOf(request), startPage()));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureMessage(), null));
        }
    }

    private String failureMessage() {
        SignInResult result = attempt.result();
        if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
            long minutes = Math.max(1, (Duration.between(Instant.now(), result.lockedUntil()).toSeconds() + 59) / 60);
            return "This account is locked after too many failed sign-ins. Try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + ", or reset your password.";
        }
        return "The e-mail address or password is not correct.";
    }

    /** Contacts go back to customer pages, staff to the staff console; neither is sent into the other's area. */
    private String areaOf(HttpServletRequest request) {
        return request.getContextPath() + (securityContext.isCallerInRole(Roles.CONTACT) ? "/" : "/staff/");
    }

    private String startPage() {
        String context = faces.getExternalContext().getRequestContextPath();
        return context + (securityContext.isCallerInRole(Roles.CONTACT) ? "/" : "/staff/");
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
