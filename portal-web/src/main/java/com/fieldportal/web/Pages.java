package com.fieldportal.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Map;

public final class Pages {

    private Pages() {
    }

    /**
     * Loads the current page again with a GET, keeping its view parameters (?show=…, ?id=…), so that
     * a filter change shows in the address bar and survives Back and reload. Works from ajax listeners.
     */
    public static void reload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String url = faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
        faces.getExternalContext().redirect(url);
    }
}
