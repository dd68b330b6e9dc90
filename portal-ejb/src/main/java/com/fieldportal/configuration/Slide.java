package com.fieldportal.configuration;

/** A carousel slide without its image, which is fetched on its own by id. */
public record Slide(long id, String headline, String text, String link) {
}
