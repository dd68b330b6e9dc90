package com.fieldportal.web.api;

import com.fieldportal.backoffice.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Problems as HTTP answers. */
final class Problems {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(problem).build();
    }

    /** For answers written outside JAX-RS (the authentication mechanism). */
    static String json(Problem problem) {
        return JSON.toJson(problem);
    }
}
