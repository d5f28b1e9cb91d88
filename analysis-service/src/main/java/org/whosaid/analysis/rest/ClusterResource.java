package org.whosaid.analysis.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.whosaid.analysis.security.Actor;
import org.whosaid.analysis.service.ArticleService;
import org.whosaid.analysis.service.ClusterQueries;
import org.whosaid.analysis.service.DecisionService;
import org.whosaid.analysis.service.PageRules;

import io.smallrye.common.annotation.Blocking;

/** Clusters of one utterance and the decisions people make about them. */
@Path("/api/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ClusterResource {
    private final ClusterQueries query;
    private final PageRules pages;
    private final DecisionService decisions;
    private final ArticleService tx;

    public ClusterResource(ClusterQueries query, PageRules pages, DecisionService decisions, ArticleService tx) {
        this.query = query;
        this.pages = pages;
        this.decisions = decisions;
        this.tx = tx;
    }

    @GET
    @Operation(operationId = "listClusters", summary = "Statements across outlets (clusters; paged, conflicts first; from/to: renderings published in the range); items embed their renderings")
    public PageJson<Dto.ClusterJson> list(@QueryParam("hasConflict") String hasConflict,
                                          @QueryParam("speaker") String speaker, @QueryParam("storyId") String storyId,
                                          @QueryParam("reviewStatus") String reviewStatus,
                                          @QueryParam("minOutlets") String minOutlets, @QueryParam("outlet") String outlet,
                                          @QueryParam("language") String language, @QueryParam("q") String q,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(query.clusters(new ClusterQueries.ClusterFilter(Params.bool("hasConflict", hasConflict),
                Params.text("speaker", speaker, 300), Params.id("storyId", storyId), Params.text("reviewStatus", reviewStatus, 30),
                Params.integer("minOutlets", minOutlets), Params.text("outlet", outlet, 300),
                Params.text("language", language, 10), Params.text("q", q, 300), Params.time("from", from, false),
                Params.time("to", to, true)), pages.page(page), pages.size(size)).map(Dto.ClusterJson::of));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCluster", summary = "One statement across outlets: speaker, reference, renderings with word diffs, links, conflicts, related, audit trail")
    public Dto.ClusterJson get(@PathParam("id") long id,
                               @Parameter(description = "with size: one page of the renderings (time order; the reference always included)")
                               @QueryParam("page") String page, @QueryParam("size") String size) {
        return Dto.ClusterJson.of(query.cluster(id, page, size));
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOnCluster", summary = "Record a reviewer decision (confirm, reject, move, merge, split, related, speaker, review, reference); answers the cluster to show")
    @APIResponse(responseCode = "200", description = "the cluster to show (the target after a merge or move)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Dto.ClusterJson.class)))
    @APIResponse(responseCode = "400", description = "bad decision", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "no such cluster", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public Dto.ClusterJson decide(@PathParam("id") long id, DecisionIn in, @Context ContainerRequestContext ctx) {
        String actor = Actor.of(ctx);
        long show = tx.retrying(() -> decisions.decide(id, in == null ? null : in.request(), actor));
        return Dto.ClusterJson.of(query.cluster(show));
    }
}
