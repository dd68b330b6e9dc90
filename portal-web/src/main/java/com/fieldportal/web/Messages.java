package com.fieldportal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page-level messages, shown by the template's p:messages. */
public final class Messages {

    private Messages() {
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    /** An info message that survives the redirect that follows. */
    public static void infoAfterRedirect(String text) {
        info(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An error message that survives the redirect that follows. */
    public static void errorAfterRedirect(String text) {
        error(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
