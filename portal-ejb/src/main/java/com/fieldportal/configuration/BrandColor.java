package com.fieldportal.configuration;

import java.util.Locale;
import java.util.regex.Pattern;

/** Colours of the contractor's brand, written #rrggbb. */
final class BrandColor {

    static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG 2.1 AA for normal text. */
    static final double MIN_CONTRAST = 4.5;

    private BrandColor() {
    }

    static boolean isValid(String color) {
        return color != null && HEX.matcher(color).matches();
    }

    /** The colour itself if white text on it is readable, else the same hue darkened just enough. */
    static String readableWithWhite(String color) {
        int[] rgb = rgb(color);
        for (double factor = 1.0; factor > 0; factor -= 0.02) {
            int[] darker = {(int) Math.round(rgb[0] * factor), (int) Math.round(rgb[1] * factor), (int) Math.round(rgb[2] * factor)};
            if (contrastWithWhite(darker) >= MIN_CONTRAST) {
                return String.format(Locale.ROOT, "#%02x%02x%02x", darker[0], darker[1], darker[2]);
            }
        }
        return "#000000";
    }

    static double contrastWithWhite(int[] rgb) {
        return 1.05 / (luminance(rgb) + 0.05);
    }

    static int[] rgb(String color) {
        int value = Integer.parseInt(color.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
