package org.whosaid.analysis.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.whosaid.analysis.service.ApiException;
import org.whosaid.analysis.service.SessionRevocations;

import io.smallrye.common.annotation.Blocking;

/**
 * The web-ui's shared logout list (admin key only): a replica posts a session it ended; every replica polls the
 * entries since its last look and refuses those sessions.
 */
@Path("/api/admin/revoked-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class RevokedSessionResource {
    static final int MAX_ITEMS = 1000;

    /** A session ended by logout: its nonce and its expiry in epoch seconds. */
    public record RevokedIn(String nonce, Long expires) {
    }

    public record RevokedJson(String nonce, long expires, OffsetDateTime revokedAt) {
    }

    private final SessionRevocations revocations;

    public RevokedSessionResource(SessionRevocations revocations) {
        this.revocations = revocations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeSession", summary = "Add a web-ui session ended by logout to the shared list")
    @APIResponse(responseCode = "204", description = "listed (also when it already was, or has expired)")
    public Response revoke(RevokedIn in) {
        if (in == null) throw ApiException.badRequest("a JSON body {nonce, expires} is required");
        revocations.revoke(in.nonce(), in.expires());
        return Response.noContent().build();
    }

    @GET
    @Operation(operationId = "listRevokedSessions", summary = "Sessions ended at or after 'since' (ISO date-time), oldest first, at most 1000")
    public PageJson<RevokedJson> since(@QueryParam("since") String since) {
        OffsetDateTime from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = OffsetDateTime.parse(since.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("since must be an ISO-8601 date-time with offset, got '" + since + "'");
            }
        }
        List<RevokedJson> items = revocations.since(from, MAX_ITEMS).stream()
                .map(r -> new RevokedJson(r.nonce(), r.expires(), r.revokedAt())).toList();
        return new PageJson<>(items, items.size(), 0, MAX_ITEMS);
    }
}
