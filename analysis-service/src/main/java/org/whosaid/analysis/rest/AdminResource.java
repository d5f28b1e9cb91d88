package org.whosaid.analysis.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.whosaid.analysis.service.ApiException;
import org.whosaid.analysis.service.ReanalyzeService;

import io.smallrye.common.annotation.Blocking;

/** Admin jobs (admin key). */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AdminResource {

    /** Which articles to re-analyse: the given ids, else all (or only those of an older extractor version). */
    public record ReanalyzeIn(List<Long> articleIds, Boolean onlyOutdated) {
    }

    private final ReanalyzeService jobs;

    public AdminResource(ReanalyzeService jobs) {
        this.jobs = jobs;
    }

    @POST
    @Path("reanalyze")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startReanalysis", summary = "Re-run stored articles with the current extractor, keeping human decisions")
    @APIResponse(responseCode = "202", description = "the job, running", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Dto.JobJson.class)))
    @APIResponse(responseCode = "400", description = "bad input", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public Response reanalyze(ReanalyzeIn in) {
        ReanalyzeIn r = in == null ? new ReanalyzeIn(null, false) : in;
        if (r.articleIds() != null && r.articleIds().size() > 100_000) {
            throw ApiException.badRequest("at most 100000 article ids per job");
        }
        return Response.accepted(Dto.JobJson.of(jobs.start(r.articleIds(), Boolean.TRUE.equals(r.onlyOutdated())))).build();
    }

    @GET
    @Path("reanalyze/{job}")
    @Operation(operationId = "getReanalysisJob", summary = "The state of a re-analysis job")
    @APIResponse(responseCode = "200", description = "the job", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Dto.JobJson.class)))
    @APIResponse(responseCode = "404", description = "no such job", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public Dto.JobJson job(@PathParam("job") String job) {
        return Dto.JobJson.of(jobs.get(job));
    }
}
