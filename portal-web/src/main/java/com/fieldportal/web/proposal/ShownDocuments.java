package com.fieldportal.web.proposal;

import com.fieldportal.report.Document;
import com.fieldportal.shared.Tokens;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The proposal documents this session was shown, byte for byte, under a random token: View Proposal shows one in the
 * page, and Select &amp; Sign signs exactly that one (its SHA-256 goes into the audit trail). A few at most per session.
 */
@SessionScoped
public class ShownDocuments implements Serializable {

    private static final int KEPT = 3;

    private record Shown(String fileName, byte[] content) implements Serializable {
    }

    private final Map<String, Shown> shown = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
            return size() > KEPT;
        }
    };

    public synchronized String keep(Document document) {
        String token = Tokens.newToken();
        shown.put(token, new Shown(document.fileName(), document.content()));
        return token;
    }

    /** The document shown under this token, or null when there is none (any more). */
    public synchronized Document get(String token) {
        Shown document = token == null ? null : shown.get(token);
        return document == null ? null : new Document(document.fileName(), document.content());
    }
}
