package com.fieldportal.shared;

/** Cells of CSV files people open in a spreadsheet. */
public final class Csv {

    private Csv() {
    }

    /**
     * RFC 4180 quoting; a cell a spreadsheet would take for a formula (= + - @, or a tab or return first) gets a ' in
     * front, so that an audited value like {@code =HYPERLINK(…)} stays text.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
