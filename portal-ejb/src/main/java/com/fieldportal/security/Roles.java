package com.fieldportal.security;

/**
 * Security roles. The sign-in hands them out as groups of the same names (glassfish-application.xml maps
 * them one to one). Contacts are CONTACT; staff are STAFF, and admins STAFF and ADMIN. The back office's API keys
 * are API_READ, and API_READ and API_WRITE when they may write.
 */
public final class Roles {

    public static final String CONTACT = "CONTACT";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";
    public static final String API_READ = "API_READ";
    public static final String API_WRITE = "API_WRITE";

    private Roles() {
    }
}
