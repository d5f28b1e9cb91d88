package org.whosaid.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.whosaid.ingest.service.ApiException;
import org.whosaid.ingest.service.FeedService;
import org.whosaid.ingest.store.Feed;

/** Feed subscriptions and their status. */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    /** A subscription and its status. */
    public record FeedDto(Long id, String url, String outlet, Integer intervalMinutes, String lastPollAt, String lastError, Integer items) {
        static FeedDto of(Feed f) {
            return new FeedDto(f.id, f.url, f.outlet, f.intervalMinutes, f.lastPollAt == null ? null : f.lastPollAt.toString(),
                    f.lastError, f.items);
        }
    }

    @Inject
    org.whosaid.ingest.config.IngestConfig config;

    @Inject
    FeedService feeds;

    @GET
    @Operation(operationId = "listFeeds", summary = "Subscribed feeds (paged)")
    public PageResult<FeedDto> list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        Paging pg = Paging.of(pageParam, sizeParam, config.limits().maxPage());
        int page = pg.page();
        int size = pg.size();
        return QuarkusTransaction.requiringNew().call(() -> new PageResult<>(
                Feed.<Feed>findAll(Sort.by("id")).page(page, size).list().stream().map(FeedDto::of).toList(), Feed.count(), page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFeed", summary = "One subscribed feed")
    public FeedDto get(@PathParam("id") long id) {
        Feed f = QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findById(id));
        if (f == null) {
            throw ApiException.notFound("no feed " + id);
        }
        return FeedDto.of(f);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeFeed", summary = "Subscribe to an RSS or Atom feed (polled every intervalMinutes)")
    @APIResponse(responseCode = "201", description = "subscribed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedResource.FeedDto.class)))
    @APIResponse(responseCode = "400", description = "bad url or interval", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public Response subscribe(FeedDto dto) {
        if (dto == null) {
            throw ApiException.badRequest("bad-feed", "send {url, outlet?, intervalMinutes?}");
        }
        return Response.status(201).entity(FeedDto.of(feeds.subscribe(dto.url(), dto.outlet(), dto.intervalMinutes()))).build();
    }

    /** Polls now (also done on schedule). */
    @POST
    @Path("/{id}/poll")
    @Operation(operationId = "pollFeed", summary = "Poll a feed now")
    @APIResponse(responseCode = "404", description = "no such feed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "200", description = "what the poll found", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedService.PollResult.class)))
    public FeedService.PollResult poll(@PathParam("id") long id) {
        return feeds.poll(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteFeed", summary = "Unsubscribe")
    @APIResponse(responseCode = "204", description = "unsubscribed")
    @APIResponse(responseCode = "404", description = "no such feed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public Response delete(@PathParam("id") long id) {
        feeds.unsubscribe(id);
        return Response.noContent().build();
    }
}
