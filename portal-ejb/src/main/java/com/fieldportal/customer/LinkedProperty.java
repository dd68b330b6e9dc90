package com.fieldportal.customer;

/** A property of the property filter. */
public record LinkedProperty(long id, String name) {
}
