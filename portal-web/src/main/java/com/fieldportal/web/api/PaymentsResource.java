package com.fieldportal.web.api;

import com.fieldportal.backoffice.BackOfficeFeed;
import com.fieldportal.backoffice.BulkResult;
import com.fieldportal.backoffice.BulkUpserts;
import com.fieldportal.backoffice.CreditApplicationDocument;
import com.fieldportal.backoffice.CreditDocument;
import com.fieldportal.backoffice.Feed;
import com.fieldportal.backoffice.PaymentDocument;
import com.fieldportal.backoffice.PaymentItem;
import com.fieldportal.backoffice.PaymentSync;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("")
@Tag(name = "Payments and credits")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    @EJB
    PaymentSync sync;

    @EJB
    BulkUpserts bulk;

    @EJB
    BackOfficeFeed feed;

    @Context
    UriInfo uri;

    @PUT
    @Path("payments/{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Record a payment the back office received", description = "Refused with 422 if more than the invoice's balance.")
    public Response payment(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaymentDocument"))) @Valid PaymentDocument payment) {
        return Upserted.answer(uri, externalId, payment, () -> sync.payment(externalId, payment));
    }

    @POST
    @Path("payments/bulk")
    @Operation(summary = "Record up to 1,000 payments", description = "Each item needs its externalId and is answered on its own.")
    @APIResponse(responseCode = "200", description = "Every item's answer, in the order sent.", content = @Content(schema = @Schema(ref = "BulkResult")))
    public BulkResult payments(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaymentBulk"))) List<PaymentDocument> payments) {
        return bulk.payments(payments);
    }

    @GET
    @Path("payments")
    @Operation(summary = "Payments made in the portal since a time",
            description = "By customers and by staff, oldest change first: new payments and changes of status (settled, returned, refunded).")
    @APIResponse(responseCode = "200", description = "A page, oldest first.", content = @Content(schema = @Schema(ref = "PaymentFeed")))
    public Feed<PaymentItem> portalPayments(@QueryParam("since") String since, @QueryParam("cursor") String cursor,
                                            @QueryParam("limit") String limit) {
        return feed.payments(Pages.cursor(since, cursor), Pages.limit(limit));
    }

    @PUT
    @Path("credits/{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Create or update a credit", description = "Its amount cannot drop below what has been applied.")
    public Response credit(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreditDocument"))) @Valid CreditDocument credit) {
        return Upserted.answer(uri, externalId, credit, () -> sync.credit(externalId, credit));
    }

    @PUT
    @Path("credit-applications/{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Apply part of a credit to an invoice", description = "Refused with 422 beyond what is left of the credit or the balance.")
    public Response creditApplication(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreditApplicationDocument"))) @Valid CreditApplicationDocument application) {
        return Upserted.answer(uri, externalId, application, () -> sync.creditApplication(externalId, application));
    }
}
