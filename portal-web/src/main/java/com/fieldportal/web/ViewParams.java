package com.fieldportal.web;

import com.fieldportal.shared.NotFoundException;
import java.util.Locale;

/** Reading URL parameters without error pages for typos: unknown filters fall back, bad ids are "not found". */
public final class ViewParams {

    private ViewParams() {
    }

    public static <E extends Enum<E>> E choice(String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(fallback.getDeclaringClass(), value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public static long id(String value, String what) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException(what);
        }
    }
}
