package com.fieldportal.web.api;

import com.fieldportal.backoffice.BulkResult;
import com.fieldportal.backoffice.BulkUpserts;
import com.fieldportal.backoffice.InvoiceDocument;
import com.fieldportal.backoffice.InvoiceSync;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("invoices")
@Tag(name = "Invoices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @EJB
    InvoiceSync sync;

    @EJB
    BulkUpserts bulk;

    @Context
    UriInfo uri;

    @PUT
    @Path("{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Create or update an invoice", description = "Refused with 422 if its new total is less than what was paid or credited.")
    public Response invoice(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InvoiceDocument"))) @Valid InvoiceDocument invoice) {
        return Upserted.answer(uri, externalId, invoice, () -> sync.invoice(externalId, invoice));
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Create or update up to 1,000 invoices",
            description = "Each item needs its externalId. Each is stored or refused on its own; the answer lists every item with its status.")
    @APIResponse(responseCode = "200", description = "Every item's answer, in the order sent.", content = @Content(schema = @Schema(ref = "BulkResult")))
    public BulkResult invoices(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InvoiceBulk"))) List<InvoiceDocument> invoices) {
        return bulk.invoices(invoices);
    }
}
