package com.fieldportal.backoffice;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to the OpenAPI document the error answers every operation may give, once here rather than on each method
 * (configured as mp.openapi.filter). Their body is a {@link Problem}.
 */
public class ErrorAnswers implements OASFilter {

    private static final Map<String, String> EVERY_CALL = Map.of(
            "401", "No API key, or an unknown or revoked one.",
            "429", "Over the key's rate limit; Retry-After says in how many seconds to try again.",
            "400", "Not valid: bad JSON, an unknown field, a wrong type, a missing field, a bad cursor. The fields are listed.");
    private static final Map<String, String> WRITES = Map.of(
            "403", "The key may only read.",
            "409", "The record cannot change that way: a signed or declined proposal, a number or e-mail address of another record.",
            "413", "Larger than the portal accepts (portal.api.max-request-bytes).",
            "422", "It names records the portal does not have (listed in unknown), or a rule refused it (over the balance, over the credit).");

    @Override
    public Operation filterOperation(Operation operation) {
        add(operation, EVERY_CALL);
        if (operation.getRequestBody() != null) {
            add(operation, WRITES);
        }
        return operation;
    }

    private static void add(Operation operation, Map<String, String> answers) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        answers.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")))));
            }
        });
    }
}
