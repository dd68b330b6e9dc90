package com.fieldportal.shared;

/** A record the contractor's back office also keeps, under its own id. */
public interface ExternallyKnown {

    /** The back office's id, or null for records made in the portal. */
    String getExternalId();
}
