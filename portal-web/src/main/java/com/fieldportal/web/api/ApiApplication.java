package com.fieldportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The back office's REST API, version 1: JSON in and out, an API key as bearer token on every call. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Customer Portal back-office API", version = "1",
                description = "The contractor's back office sends accounts, properties, contacts, staff, proposals, invoices, payments and "
                        + "credits (upserted by its own external ids: sending a document twice changes nothing), and pulls what customers "
                        + "did: requests, signatures, portal payments, reconciliation runs. Errors are application/problem+json. "
                        + "Every call needs an API key (401 without one); read-only keys may not write (403); each key has a rate limit (429)."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key an admin created in the staff console (Administration → API keys).")
public class ApiApplication extends Application {
}
