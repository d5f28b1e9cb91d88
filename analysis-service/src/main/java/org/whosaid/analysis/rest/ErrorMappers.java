package org.whosaid.analysis.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.whosaid.analysis.service.ApiException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Maps every failure to {error, detail} JSON with the right status; never leaks a stack trace. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    static Response json(int status, String error, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(error, detail)).build();
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.error(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return json(400, "bad-json", "the body is not valid JSON for this request: " + e.getOriginalMessage());
    }

    /** Wrong JSON types ({"text":["a"]}, a top-level array, "abc" for a number): 400 naming the field. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e) {
        return json(400, "bad-json", describe(e));
    }

    static String describe(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        String expected = e.getTargetType() == null ? "another type" : typeName(e.getTargetType());
        return field.isEmpty() ? "the body must be a JSON object of this request's fields, not what was sent (" + expected + " expected)"
                : "field '" + field + "' has the wrong JSON type: " + expected + " expected";
    }

    private static String typeName(Class<?> t) {
        if (t == String.class) return "a string";
        if (t == Long.class || t == long.class || t == Integer.class || t == int.class) return "a whole number";
        if (t == Double.class || t == double.class) return "a number";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) return "a JSON array";
        return "a JSON object";
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return json(400, "invalid", e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().reduce((a, b) -> a + "; " + b).orElse("invalid"));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(404, "not-found", "no such resource");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = e.getMessage() == null ? code : e.getMessage();
        if (status == 400 && e.getCause() instanceof MismatchedInputException m) {
            return mismatch(m);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException j) {
            return badJson(j);
        }
        return json(status, code, detail);
    }

    @ServerExceptionMapper
    public Response other(Exception e) {
        if (e.getCause() instanceof ApiException a) {
            return api(a);
        }
        LOG.error("request failed", e);
        return json(500, "internal", "the request failed on the server; the log has the details");
    }
}
