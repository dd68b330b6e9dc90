package com.fieldportal.web.api;

import com.fieldportal.backoffice.BackOfficeFeed;
import com.fieldportal.backoffice.Feed;
import com.fieldportal.backoffice.RunItem;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("reconciliation-runs")
@Tag(name = "Reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    @EJB
    BackOfficeFeed feed;

    @GET
    @Operation(summary = "Nightly reconciliation runs started since a time", description = "With what each found and fixed.")
    @APIResponse(responseCode = "200", description = "A page, oldest first.", content = @Content(schema = @Schema(ref = "RunFeed")))
    public Feed<RunItem> runs(@QueryParam("since") String since, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return feed.runs(Pages.cursor(since, cursor), Pages.limit(limit));
    }
}
