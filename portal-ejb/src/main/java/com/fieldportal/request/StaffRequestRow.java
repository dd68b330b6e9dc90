package com.fieldportal.request;

import java.io.Serializable;
import java.time.Instant;

/** A request as the staff's inbox lists it: whose, where, how urgent. */
public record StaffRequestRow(long id, long number, String subject, long accountId, String accountName, String propertyName,
                              RequestStatus status, Priority priority, Instant createdAt) implements Serializable {

    public String title() {
        return "R-" + number + " · " + subject;
    }
}
