package com.fieldportal.web.api;

import com.fieldportal.backoffice.BackOfficeFeed;
import com.fieldportal.backoffice.Cursor;
import com.fieldportal.backoffice.FieldError;
import com.fieldportal.backoffice.InvalidDocument;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The paging parameters of a pull, read here rather than by JAX-RS (which answers a query parameter it cannot
 * convert with 404): since, an ISO-8601 time with its offset; cursor, the next of the page before; limit.
 */
final class Pages {

    private Pages() {
    }

    /** After the cursor when there is one, else from the time, else from the start. */
    static Cursor cursor(String since, String cursor) {
        if (cursor != null && !cursor.isBlank()) {
            return Cursor.parse(cursor.strip());
        }
        if (since == null || since.isBlank()) {
            return Cursor.since(null);
        }
        try {
            return Cursor.since(OffsetDateTime.parse(since.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidDocument(List.of(new FieldError("since", "must be a time like 2026-03-01T00:00:00Z")));
        }
    }

    static int limit(String limit) {
        try {
            int size = limit == null || limit.isBlank() ? 100 : Integer.parseInt(limit.strip());
            if (size >= 1 && size <= BackOfficeFeed.MOST) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidDocument(List.of(new FieldError("limit", "must be a number from 1 to " + BackOfficeFeed.MOST)));
    }
}
