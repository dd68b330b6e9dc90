package com.fieldportal.audit;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * What an edit changed, as the audit log's details: {@code title: "Old" → "New"; showProposals: true → false}.
 * Fields that did not change are left out.
 */
public final class Changes {

    private static final int LONGEST_VALUE = 200;

    private final StringJoiner text = new StringJoiner("; ");

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(normalize(before), normalize(after))) {
            text.add(name + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    /** A change whose values are not worth writing down (an image, say). */
    public Changes note(String what) {
        text.add(what);
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static Object normalize(Object value) {
        return value instanceof java.math.BigDecimal number ? number.stripTrailingZeros() : value;
    }

    private static String show(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof String string) {
            String shown = string.length() <= LONGEST_VALUE ? string : string.substring(0, LONGEST_VALUE) + "…";
            return "\"" + shown.replace("\n", "\\n") + "\"";
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString();
        }
        return String.valueOf(value);
    }
}
