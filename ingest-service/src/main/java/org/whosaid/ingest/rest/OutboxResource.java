package org.whosaid.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.inject.Inject;
import org.whosaid.ingest.config.IngestConfig;
import jakarta.ws.rs.core.MediaType;
import org.whosaid.ingest.service.ApiException;
import org.whosaid.ingest.service.OutboxState;
import org.whosaid.ingest.store.Article;
import org.whosaid.ingest.store.OutboxEntry;

import java.time.Instant;
import java.util.List;

/**
 * The hand-off backlog (admin-scope key for every call): counts, the failed hand-offs, and retrying or dismissing one
 * (issue 15 finding 5: failed rows could not be cleared).
 */
@Path("/api/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    /** Most failed rows listed at once (the oldest first). */
    static final int MAX_LISTED = Paging.MAX_SIZE;

    @Inject
    IngestConfig config;

    /** Counts and the oldest pending row's creation time. */
    public record OutboxStatus(long pending, long failed, String oldestPendingAt) {
    }

    /** One hand-off row. */
    public record OutboxRow(long id, long articleId, int version, String kind, String status, int attempts,
                            String lastError, String createdAt, String doneAt) {
        static OutboxRow of(OutboxEntry e) {
            return new OutboxRow(e.id, e.articleId, e.version, e.kind, e.status, e.attempts, e.lastError,
                    e.createdAt == null ? null : e.createdAt.toString(), e.doneAt == null ? null : e.doneAt.toString());
        }
    }

    @GET
    @Operation(operationId = "getOutboxStatus", summary = "Hand-off backlog: pending and failed counts, oldest pending (admin)")
    public OutboxStatus status() {
        OutboxState st = QuarkusTransaction.requiringNew().call(OutboxState::read);
        return new OutboxStatus(st.pending(), st.failed(), st.oldestPendingAt());
    }

    /** The failed hand-offs, oldest first (paged; default and largest page 200). */
    @GET
    @Path("/failed")
    @Operation(operationId = "listFailedHandOffs", summary = "Failed hand-offs to the analysis-service, oldest first (paged; admin)")
    public PageResult<OutboxRow> failed(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        Paging pg = Paging.of(pageParam, sizeParam, config.limits().maxPage(), MAX_LISTED);
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = OutboxEntry.count("status", OutboxEntry.FAILED);
            int first = pg.page() * pg.size();
            List<OutboxRow> rows = OutboxEntry.<OutboxEntry>find("status", Sort.by("id"), OutboxEntry.FAILED)
                    .range(first, first + pg.size() - 1).list().stream().map(OutboxRow::of).toList();
            return new PageResult<>(rows, total, pg.page(), pg.size());
        });
    }

    /** Hands a failed row off again at the next dispatcher pass; the article shows as pending meanwhile. */
    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryHandOff", summary = "Hand a failed row off again at the next pass (admin)")
    @APIResponse(responseCode = "404", description = "no such row", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "the row has not failed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "200", description = "the row, pending again", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OutboxRow.class)))
    public OutboxRow retry(@PathParam("id") long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEntry e = failedRow(id);
            e.status = OutboxEntry.PENDING;
            e.nextAttemptAt = Instant.now();
            e.claimedUntil = null;
            e.doneAt = null;
            Article a = OutboxEntry.UPSERT.equals(e.kind) ? Article.findById(e.articleId) : null;
            if (a != null && a.version == e.version) {
                a.analysisStatus = "pending";
                a.analysisError = null;
            }
            return OutboxRow.of(e);
        });
    }

    /** Gives up on a failed row: it no longer counts as failed (the article keeps its failed status and error). */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "dismissHandOff", summary = "Dismiss a failed row (admin)")
    @APIResponse(responseCode = "404", description = "no such row", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "the row has not failed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "200", description = "the row, dismissed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OutboxRow.class)))
    public OutboxRow dismiss(@PathParam("id") long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEntry e = failedRow(id);
            e.status = OutboxEntry.DISMISSED;
            return OutboxRow.of(e);
        });
    }

    private static OutboxEntry failedRow(long id) {
        OutboxEntry e = OutboxEntry.findById(id);
        if (e == null) {
            throw ApiException.notFound("no outbox row " + id);
        }
        if (!OutboxEntry.FAILED.equals(e.status)) {
            throw new ApiException(409, "not-failed", "outbox row " + id + " is " + e.status + "; only failed rows can be retried or dismissed");
        }
        return e;
    }
}
