package com.fieldportal.security;

import com.fieldportal.shared.BusinessException;

/** What a new password must be. Long passphrases are welcome; very long inputs are refused before hashing. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String confirmation, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("The new password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("The new password must be at most " + MAX_LENGTH + " characters long.");
        }
        if (password.isBlank()) {
            throw new BusinessException("The new password cannot be only spaces.");
        }
        if (!password.equals(confirmation)) {
            throw new BusinessException("The two passwords do not match.");
        }
        if (email != null && password.trim().equalsIgnoreCase(email.trim())) {
            throw new BusinessException("The new password cannot be your e-mail address.");
        }
    }
}
