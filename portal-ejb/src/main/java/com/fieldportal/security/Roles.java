package com.fieldportal.security;

/** Security roles. The identity store hands them out as groups of the same names (glassfish-application.xml maps them). */
public final class Roles {

    public static final String CONTACT = "CONTACT";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
