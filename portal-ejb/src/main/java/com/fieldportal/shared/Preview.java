package com.fieldportal.shared;

import java.util.List;
import java.util.function.LongSupplier;

/** The first rows of a list and how many there are in all, as the Home widgets show them. */
public record Preview<T>(long count, List<T> first) {

    /** Counts only when the first rows fill the preview: fewer rows than asked for are all there are. */
    public static <T> Preview<T> of(List<T> first, int asked, LongSupplier count) {
        return new Preview<>(first.size() < asked ? first.size() : count.getAsLong(), first);
    }
}
