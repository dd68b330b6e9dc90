package com.fieldportal.signin;

/** What a password reset link is worth when it is opened. */
public enum ResetLinkStatus {
    VALID(null),
    EXPIRED("This reset link has expired. Links work for one hour; please ask for a new one."),
    USED("This reset link has already been used. Please ask for a new one if you still need it."),
    UNKNOWN("This reset link is not valid. Please ask for a new one.");

    private final String problem;

    ResetLinkStatus(String problem) {
        this.problem = problem;
    }

    /** What to tell the user, or null when the link can be used. */
    public String problem() {
        return problem;
    }
}
