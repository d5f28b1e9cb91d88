package org.whosaid.analysis.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.whosaid.analysis.service.ApiException;
import org.whosaid.analysis.service.PageRules;
import org.whosaid.analysis.service.WatchService;

import io.smallrye.common.annotation.Blocking;

/** Watches on a statement or a speaker: create, list, read, delete, and the Atom feed of each (docs/api.md). */
@Path("/api/watches")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class WatchResource {
    private final WatchService watches;
    private final PageRules pages;

    public WatchResource(WatchService watches, PageRules pages) {
        this.watches = watches;
        this.pages = pages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWatch", summary = "Watch a statement (kind statement, target = cluster id) or a speaker (kind speaker, target = p-<id>), optionally with a webhook")
    @APIResponse(responseCode = "201", description = "the watch; webhook.secret is shown only here", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WatchJson.class)))
    @APIResponse(responseCode = "400", description = "bad kind, target, label or webhook URL", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "whosaid.watch.max-watches reached", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public Response create(WatchIn in) {
        if (in == null) throw ApiException.badRequest("a JSON body {kind, target, label?, webhookUrl?} is required");
        WatchJson w = WatchJson.of(watches.create(in.kind(), in.target(), in.label(), in.webhookUrl()));
        return Response.status(201).entity(w).header("Location", "/api/watches/" + w.id()).build();
    }

    @GET
    @Operation(operationId = "listWatches", summary = "All watches, newest first (paged)")
    public PageJson<WatchJson> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(watches.list(pages.page(page), pages.size(size)).map(WatchJson::of));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWatch", summary = "One watch with its webhook's delivery state")
    @APIResponse(responseCode = "200", description = "the watch (without the webhook's secret)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WatchJson.class)))
    @APIResponse(responseCode = "404", description = "no such watch", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public WatchJson get(@PathParam("id") long id) {
        return WatchJson.of(watches.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWatch", summary = "Stop watching (its webhook gets nothing more)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such watch", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public Response delete(@PathParam("id") long id) {
        watches.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/feed")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(operationId = "watchFeed", summary = "Atom feed of the watch: new renderings, conflicts and speaker corrections, newest first")
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = AtomFeed.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such watch", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public String feed(@PathParam("id") long id, @Context UriInfo uri) {
        return AtomFeed.write(watches.feed(id), uri.getBaseUri());
    }
}
