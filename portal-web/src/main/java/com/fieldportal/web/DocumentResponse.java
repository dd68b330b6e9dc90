package com.fieldportal.web;

import com.fieldportal.report.Document;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A PDF for the browser's own viewer (or to save, with download), with a file name to save it under. */
public final class DocumentResponse {

    /** The viewer shows the file as plugin data of its own URL: the pages' object-src 'none' would block it. */
    private static final String PDF_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

    private DocumentResponse() {
    }

    public static void pdf(HttpServletResponse response, Document document, boolean download) throws IOException {
        response.setHeader("Content-Security-Policy", PDF_POLICY);
        send(response, "application/pdf", (download ? "attachment" : "inline") + "; filename=\"" + document.fileName() + "\"", document.content());
    }

    public static void png(HttpServletResponse response, byte[] image) throws IOException {
        send(response, "image/png", "inline", image);
    }

    private static void send(HttpServletResponse response, String type, String disposition, byte[] content) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
