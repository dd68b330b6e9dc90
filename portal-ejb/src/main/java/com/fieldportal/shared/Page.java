package com.fieldportal.shared;

/** Paging of long lists (the lazy tables): one page is at most {@value #LARGEST} rows, however many are asked for. */
public final class Page {

    public static final int LARGEST = 200;

    private Page() {
    }

    public static int first(int asked) {
        return Math.max(0, asked);
    }

    public static int size(int asked) {
        return Math.max(1, Math.min(asked, LARGEST));
    }
}
