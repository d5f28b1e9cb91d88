package org.whosaid.ingest.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int s = e.getResponse().getStatus();
        return json(s, s == 413 ? "too-large" : "http-" + s, e.getMessage() == null ? "request failed" : e.getMessage());
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
