package com.fieldportal.configuration;

/** A carousel slide without its image, which is fetched on its own by id. */
public record Slide(long id, String headline, String text, String link) {

    /** Where the slide leads: a page of the portal under its context path, or the https address as it is. */
    public String href(String contextPath) {
        return link == null ? null : isPortalPage() ? contextPath + link : link;
    }

    public boolean isPortalPage() {
        return link != null && link.startsWith("/");
    }
}
