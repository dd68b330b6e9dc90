package com.fieldportal.web.api;

import com.fieldportal.backoffice.AccountDocument;
import com.fieldportal.backoffice.ContactDocument;
import com.fieldportal.backoffice.CustomerSync;
import com.fieldportal.backoffice.PropertyDocument;
import com.fieldportal.backoffice.StaffDocument;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
@Tag(name = "Customers", description = "Accounts, properties, contacts and staff")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @EJB
    CustomerSync sync;

    @Context
    UriInfo uri;

    @PUT
    @Path("accounts/{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Create or update a customer account")
    public Response account(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountDocument"))) @Valid AccountDocument account) {
        return Upserted.answer(uri, externalId, account, () -> sync.account(externalId, account));
    }

    @PUT
    @Path("properties/{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Create or update a property", description = "The account and staff users it names must have been sent before.")
    public Response property(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PropertyDocument"))) @Valid PropertyDocument property) {
        return Upserted.answer(uri, externalId, property, () -> sync.property(externalId, property));
    }

    @PUT
    @Path("contacts/{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Create or update a contact, and invite them",
            description = "With invite true, a contact who has not been invited and has no password yet is mailed a link to choose one.")
    public Response contact(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ContactDocument"))) @Valid ContactDocument contact) {
        return Upserted.answer(uri, externalId, contact, () -> sync.contact(externalId, contact));
    }

    @PUT
    @Path("staff/{externalId}")
    @APIResponse(responseCode = "201", description = "A new record.", content = @Content(schema = @Schema(ref = "Stored")))
    @APIResponse(responseCode = "200", description = "Updated, or UNCHANGED when it was the same.", content = @Content(schema = @Schema(ref = "Stored")))
    @Operation(summary = "Create or update a staff user", description = "Never an admin: admins are made in the staff console.")
    public Response staff(@PathParam("externalId") String externalId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffDocument"))) @Valid StaffDocument staff) {
        return Upserted.answer(uri, externalId, staff, () -> sync.staff(externalId, staff));
    }
}
