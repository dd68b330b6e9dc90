package com.fieldportal.request;

import java.util.Locale;

public enum Priority {
    HIGH("High"), NORMAL("Normal"), LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The old portal and some back offices say "Medium"; it means Normal. */
    public static Priority fromLabel(String label) {
        String value = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "HIGH" -> HIGH;
            case "LOW" -> LOW;
            case "NORMAL", "MEDIUM" -> NORMAL;
            default -> throw new IllegalArgumentException("Unknown priority: " + label);
        };
    }
}
