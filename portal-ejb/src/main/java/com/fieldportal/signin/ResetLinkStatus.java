package com.fieldportal.signin;

/** What a password link (reset or invitation) is worth when it is opened. */
public enum ResetLinkStatus {
    VALID(null),
    EXPIRED("This link has expired. Please ask for a new one."),
    USED("This link has already been used. Please ask for a new one if you still need it."),
    UNKNOWN("This link is not valid. Please ask for a new one.");

    private final String problem;

    ResetLinkStatus(String problem) {
        this.problem = problem;
    }

    /** What to tell the user, or null when the link can be used. */
    public String problem() {
        return problem;
    }
}
