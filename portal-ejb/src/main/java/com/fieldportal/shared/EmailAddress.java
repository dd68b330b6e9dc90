package com.fieldportal.shared;

import java.util.Locale;

public final class EmailAddress {

    private EmailAddress() {
    }

    /** E-mail addresses are logins and compare case-insensitively. */
    public static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
