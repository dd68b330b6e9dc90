package com.fieldportal.report;

/** A PDF made for download: its bytes and the file name the browser offers. */
public record Document(String fileName, byte[] content) {

    /** "Invoice INV-1001.pdf" from "Invoice", "INV-1001": only letters, digits, dots and dashes. */
    static Document pdf(String kind, String number, byte[] content) {
        return new Document(kind + "-" + number.replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf", content);
    }
}
