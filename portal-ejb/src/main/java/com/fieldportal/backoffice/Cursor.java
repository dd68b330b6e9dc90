package com.fieldportal.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * Where a pull goes on from: the last record's time and id (ids break ties between records of the same time).
 * Opaque to the back office: it sends back the {@code next} it was given.
 */
public record Cursor(Instant at, long id) {

    public static Cursor since(Instant since) {
        return new Cursor(since == null ? Instant.EPOCH : since, 0);
    }

    public static Cursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("/");
            if (parts.length == 2) {
                return new Cursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // answered below
        }
        throw new InvalidDocument(List.of(new FieldError("cursor", "is not a cursor this API gave out")));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "/" + id).getBytes(StandardCharsets.UTF_8));
    }
}
