package com.fieldportal.request;

import java.io.Serializable;

/** What Add New Request sends besides its files. */
public record NewRequest(Long propertyId, String subject, Priority priority, String description) implements Serializable {
}
