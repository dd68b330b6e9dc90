package com.fieldportal.audit;

public enum ActorType {
    CONTACT, STAFF, API_KEY, SYSTEM
}
