package org.whosaid.ingest.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.whosaid.ingest.service.ApiException;

/** Maps every error to {@code {error, detail}}. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.error(), e.detail());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(404, "not-found", "no such resource");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return json(405, "method-not-allowed", "this method is not allowed here");
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return json(415, "unsupported-content-type", "this content type is not accepted here");
    }

    /** Wrong JSON types ("agency":"yes", "intervalMinutes":"abc", a list where an object belongs): 400 naming the field. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        Class<?> t = e.getTargetType();
        String expected = t == null ? "another type" : t == String.class ? "a string"
                : t == Boolean.class || t == boolean.class ? "true or false"
                : Number.class.isAssignableFrom(t) || t.isPrimitive() ? "a number"
                : java.util.Collection.class.isAssignableFrom(t) || t.isArray() ? "a JSON array" : "a JSON object";
        return json(400, "bad-json", field.isEmpty() ? "the body must be a JSON object of this request's fields (" + expected + " expected)"
                : "field '" + field + "' has the wrong JSON type: " + expected + " expected");
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return json(400, "bad-json", "the body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int s = e.getResponse().getStatus();
        if (s == 400 && e.getCause() instanceof MismatchedInputException m) {
            return mismatch(m);
        }
        if (s == 400 && e.getCause() instanceof JsonProcessingException j) {
            return badJson(j);
        }
        return json(s, s == 413 ? "too-large" : "http-" + s, e.getMessage() == null ? "request failed" : e.getMessage());
    }

    /** A multipart body that ends before its closing boundary is bad input (400), not a server failure. */
    @ServerExceptionMapper
    public Response io(java.io.IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.toLowerCase(java.util.Locale.ROOT).contains("multipart")) {
            return json(400, "bad-multipart", "the multipart body is malformed or truncated (no closing boundary?): " + m);
        }
        return any(e);
    }

    @ServerExceptionMapper
    public Response any(Exception e) {
        LOG.error("unexpected error", e);
        return json(500, "internal-error", "the server failed to handle this request; see the server log");
    }

    static Response json(int status, String error, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(error, detail)).build();
    }
}
