package com.fieldportal.signin;

import java.time.Duration;

/** What a one-time password link is for, and how long it works. */
public enum LinkPurpose {
    /** "Forgot your password?" */
    RESET(Duration.ofHours(1)),
    /** A contact or staff user invited by staff chooses a first password. */
    INVITATION(Duration.ofDays(7)),
    /** The first admin of a fresh install (portal.admin.initial-email). */
    FIRST_ADMIN(Duration.ofHours(24));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** The page's title: a reset chooses a new password, the others a first one. */
    public boolean isFirstPassword() {
        return this != RESET;
    }
}
