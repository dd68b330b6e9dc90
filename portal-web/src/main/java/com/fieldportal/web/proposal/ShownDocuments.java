package com.fieldportal.web.proposal;

import com.fieldportal.report.Document;
import com.fieldportal.shared.Tokens;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pending proposals' documents this session was shown, byte for byte, under a random token: View Proposal shows
 * one in the page, and Select &amp; Sign signs exactly that one (its SHA-256 goes into the audit trail). One document per
 * proposal and version, so that reloads and tabs share it; the last few proposals only.
 */
@SessionScoped
public class ShownDocuments implements Serializable {

    private static final int KEPT = 4;

    private record Shown(String token, String fileName, byte[] content) implements Serializable {
    }

    private final Map<String, Shown> shown = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
            return size() > KEPT;
        }
    };

    /** The token of the document shown for this proposal as of this version, made the first time it is asked for. */
    public synchronized String token(long proposalId, long version, Supplier<Document> make) {
        return shown.computeIfAbsent(proposalId + "@" + version, key -> {
            Document document = make.get();
            return new Shown(Tokens.newToken(), document.fileName(), document.content());
        }).token();
    }

    /** The document shown under this token, or null when there is none (any more). */
    public synchronized Document get(String token) {
        return shown.values().stream().filter(document -> document.token().equals(token)).findFirst()
                .map(document -> new Document(document.fileName(), document.content())).orElse(null);
    }
}
