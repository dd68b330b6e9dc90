package com.fieldportal.audit;

/** Who did something, as the audit log records it: a contact, a staff user, an API key, or the portal itself. */
public record Actor(ActorType type, Long id, String name) {

    public static Actor system(String what) {
        return new Actor(ActorType.SYSTEM, null, what);
    }
}
