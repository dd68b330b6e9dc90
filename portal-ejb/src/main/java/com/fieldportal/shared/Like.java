package com.fieldportal.shared;

import java.util.Locale;

/** The search boxes of the staff console: what was typed, as a JPQL LIKE pattern matching it anywhere, case-insensitively. */
public final class Like {

    private static final int LONGEST = 100;

    private Like() {
    }

    /** "%text%", lower case, with LIKE's own characters taken literally; "%" (anything) for an empty box. */
    public static String anywhere(String typed) {
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (value.length() > LONGEST) {
            value = value.substring(0, LONGEST);
        }
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
