package com.fieldportal.signin;

/** What a password link is worth when opened, and what it is for (a reset, or a first password). */
public record LinkCheck(ResetLinkStatus status, LinkPurpose purpose) {

    public boolean isFirstPassword() {
        return purpose.isFirstPassword();
    }
}
