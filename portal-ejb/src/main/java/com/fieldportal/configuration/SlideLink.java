package com.fieldportal.configuration;

import com.fieldportal.shared.BusinessException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a carousel slide leads: a page of this portal ("/proposals.xhtml") or a secure web address
 * ("https://…"). Nothing that a browser would take for another site ("//evil.example", "/\evil.example")
 * or for a script ("javascript:…").
 */
final class SlideLink {

    static final int MAX_LENGTH = 1000;
    private static final String PROBLEM = "A slide link must be a page of the portal (/…) or a secure web address (https://…).";

    private SlideLink() {
    }

    /** @return the link, trimmed, or null for none */
    static String check(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String value = link.strip();
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            throw new BusinessException(PROBLEM);
        }
        if (value.startsWith("/")) {
            if (value.startsWith("//")) {
                throw new BusinessException(PROBLEM);
            }
            return value;
        }
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw new BusinessException(PROBLEM);
            }
            return value;
        } catch (URISyntaxException e) {
            throw new BusinessException(PROBLEM);
        }
    }
}
