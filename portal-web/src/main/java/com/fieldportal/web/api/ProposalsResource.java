package com.fieldportal.web.api;

import com.fieldportal.backoffice.BackOfficeFeed;
import com.fieldportal.backoffice.Feed;
import com.fieldportal.backoffice.ProposalDocument;
import com.fieldportal.backoffice.ProposalSync;
import com.fieldportal.backoffice.SignatureItem;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    @EJB
    ProposalSync sync;

    @EJB
    BackOfficeFeed feed;

    @Context
    UriInfo uri;

    @PUT
    @Path("proposals/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Create or update a proposal", description = "Refused with 409 once the customer has signed or declined it.")
    public Response proposal(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProposalDocument"))) @Valid ProposalDocument proposal) {
        return Upserted.answer(uri, externalId, proposal, () -> sync.proposal(externalId, proposal));
    }

    @GET
    @Path("proposal-signatures")
    @Operation(summary = "Signatures since a time", description = "Oldest first, with the options chosen and the evidence. "
            + "Send since the first time, then the cursor of the page before.")
    @APIResponse(responseCode = "200", description = "A page, oldest first.", content = @Content(schema = @Schema(ref = "SignatureFeed")))
    public Feed<SignatureItem> signatures(@QueryParam("since") String since, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") String limit) {
        return feed.signatures(Pages.cursor(since, cursor), Pages.limit(limit));
    }

    @GET
    @Path("proposals/{id}/signed.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The signed PDF of a proposal", description = "By the portal's id, as the signature lists it.")
    public Response signedPdf(@PathParam("id") long id) {
        return Response.ok(feed.signedPdf(id)).header("Content-Disposition", "attachment; filename=\"proposal-" + id + "-signed.pdf\"").build();
    }
}
