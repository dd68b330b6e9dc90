package com.fieldportal.web.api;

import com.fieldportal.backoffice.BackOfficeFeed;
import com.fieldportal.backoffice.Feed;
import com.fieldportal.backoffice.RequestItem;
import com.fieldportal.request.Attachment;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Requests")
public class RequestsResource {

    @EJB
    BackOfficeFeed feed;

    @GET
    @Path("requests")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Requests changed since a time", description = "New requests, comments, replies, and changes of status or priority, "
            + "oldest first; each request whole, with its comments and the links of its files.")
    @APIResponse(responseCode = "200", description = "A page, oldest first.", content = @Content(schema = @Schema(ref = "RequestFeed")))
    public Feed<RequestItem> requests(@QueryParam("since") String since, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return feed.requests(Pages.cursor(since, cursor), Pages.limit(limit));
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A request's or comment's file", description = "Its bytes, with the type told from them.")
    public Response attachment(@PathParam("id") long id) {
        Attachment file = feed.attachment(id);
        StreamingOutput bytes = out -> feed.copyAttachment(id, out);
        return Response.ok(bytes, file.getContentType()).header("Content-Length", file.getSize())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
