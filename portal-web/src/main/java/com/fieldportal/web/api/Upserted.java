package com.fieldportal.web.api;

import com.fieldportal.backoffice.Document;
import com.fieldportal.backoffice.FieldError;
import com.fieldportal.backoffice.InvalidDocument;
import com.fieldportal.backoffice.Stored;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;

/** The answer to a PUT: 201 with its Location when the document made a new record, 200 when it updated or matched one. */
final class Upserted {

    private static final int LONGEST_ID = 100;

    private Upserted() {
    }

    static Response answer(UriInfo uri, String externalId, Document document, Supplier<Stored> store) {
        if (document == null) {
            throw new InvalidDocument(List.of(new FieldError("", "send the document as JSON")));
        }
        if (externalId.length() > LONGEST_ID) {
            throw new InvalidDocument(List.of(new FieldError("externalId", "has at most " + LONGEST_ID + " characters")));
        }
        if (document.externalId() != null && !document.externalId().equals(externalId)) {
            throw new InvalidDocument(List.of(new FieldError("externalId", "differs from the one in the URL")));
        }
        Stored stored = store.get();
        return stored.outcome() == Stored.Outcome.CREATED
                ? Response.created(uri.getAbsolutePath()).entity(stored).build()
                : Response.ok(stored).build();
    }
}
