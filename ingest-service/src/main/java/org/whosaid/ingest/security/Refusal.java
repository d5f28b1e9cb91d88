package org.whosaid.ingest.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of a request that a filter refuses before it reaches a resource: the same {error, detail} shape as
 * every other 4xx answer, e.g. {@code {"error":"unauthorized","detail":"the API key is not valid"}}. Kept here so that
 * the filters need nothing from {@code rest/}.
 */
public record Refusal(String error, String detail) {

    /** A JSON response builder for {@code status} with this body; callers add headers and build it. */
    static Response.ResponseBuilder json(int status, String error, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Refusal(error, detail));
    }
}
