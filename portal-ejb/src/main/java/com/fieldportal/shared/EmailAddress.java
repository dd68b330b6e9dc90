package com.fieldportal.shared;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    /** One plain address: no display name, no list, no comments, no spaces. */
    private static final Pattern PLAIN = Pattern.compile("[^\\s@,;:<>()\\[\\]\"\\\\]+@[^\\s@,;:<>()\\[\\]\"\\\\]+\\.[^\\s@,;:<>()\\[\\]\"\\\\]+");

    private EmailAddress() {
    }

    /** E-mail addresses are logins and compare case-insensitively. */
    public static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The address, normalized, if it is exactly one plain e-mail address. A login or a recipient must never
     * be "a@x.com, b@y.com": mail to it would reach two people.
     */
    public static String require(String email) {
        String normalized = normalize(email);
        if (normalized.length() > MAX_LENGTH || !PLAIN.matcher(normalized).matches()) {
            throw new BusinessException("\"" + abbreviate(email) + "\" is not one e-mail address.");
        }
        try {
            new InternetAddress(normalized, true).validate();
        } catch (AddressException e) {
            throw new BusinessException("\"" + abbreviate(email) + "\" is not one e-mail address.");
        }
        return normalized;
    }

    public static boolean isValid(String email) {
        try {
            require(email);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }
}
