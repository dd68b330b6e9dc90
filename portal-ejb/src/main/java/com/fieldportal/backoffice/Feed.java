package com.fieldportal.backoffice;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a pull, oldest first, and the cursor of the next page (null once there is nothing more yet). */
@Schema(description = "A page of changes, oldest first.")
public record Feed<T>(
        List<T> items,
        @Schema(description = "Send it as cursor to get the next page; null when this page is the last one for now. Keep the last one to pull again later.",
                example = "MjAyNi0wMy0wNVQxNTozMDowMFovMTA0NTA") String next) {

    /** From a page read with one row more than asked: that row only says there is a next page. */
    static <T> Feed<T> of(List<T> rows, int limit, Function<T, Instant> at, ToLongFunction<T> id) {
        if (rows.size() <= limit) {
            return new Feed<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        T last = page.get(limit - 1);
        return new Feed<>(List.copyOf(page), new Cursor(at.apply(last), id.applyAsLong(last)).encode());
    }
}
