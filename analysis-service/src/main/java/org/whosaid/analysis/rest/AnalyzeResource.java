package org.whosaid.analysis.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.whosaid.analysis.security.AuthFilter;
import org.whosaid.analysis.service.ApiException;
import org.whosaid.analysis.service.ArticleService;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerResponse;

/** Who said what in this text: stateless, stores nothing. */
@Path("/api/analyze")
public class AnalyzeResource {

    /** Request body of /api/analyze. */
    public record AnalyzeIn(String text, String language) {
    }

    private final ArticleService articles;

    public AnalyzeResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "analyzeText", summary = "Who said what in a text: extract its statements (stores nothing)")
    @APIResponse(responseCode = "200", description = "the statements, offsets into the submitted text", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Dto.AnalyzeJson.class)))
    @APIResponse(responseCode = "400", description = "no text", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "413", description = "text too long", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "429", description = "rate limited", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "503", description = "time budget exceeded or busy", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public CompletionStage<Dto.AnalyzeJson> analyze(AnalyzeIn in, @Context ContainerRequestContext ctx,
                                                     @Context HttpServerResponse response) {
        if (in == null) {
            throw ApiException.badRequest("the body must be JSON {text, language?}");
        }
        boolean anonymous = ctx.getProperty(AuthFilter.CALLER) == null;
        return articles.analyze(in.text(), in.language(), anonymous, response::closed).thenApply(r ->
                new Dto.AnalyzeJson(r.language(), r.extractorVersion(), r.statements().stream().map(StatementJson::of).toList()));
    }
}
