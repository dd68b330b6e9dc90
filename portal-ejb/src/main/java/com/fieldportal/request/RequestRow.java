package com.fieldportal.request;

import java.io.Serializable;
import java.time.Instant;

/** A service request as lists show it, read in one statement with its property's name. */
public record RequestRow(long id, long number, String subject, String propertyName, RequestStatus status, Priority priority,
                         Instant createdAt) implements Serializable {

    public String title() {
        return "R-" + number + " · " + subject;
    }
}
