package com.fieldportal.backoffice;

/** What the back office sends: each names itself by its external id, or the URL does. */
public interface Document {

    String externalId();
}
