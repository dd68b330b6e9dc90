package com.fieldportal.security;

/**
 * Security roles. The sign-in hands them out as groups of the same names (glassfish-application.xml maps
 * them one to one). Contacts are CONTACT; staff are STAFF, and admins STAFF and ADMIN.
 */
public final class Roles {

    public static final String CONTACT = "CONTACT";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
