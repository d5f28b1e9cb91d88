package org.whosaid.analysis.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.whosaid.analysis.service.ApiException;
import org.whosaid.analysis.service.ArticleService;
import org.whosaid.analysis.service.PageRules;
import org.whosaid.analysis.service.QueryService;

import io.smallrye.common.annotation.Blocking;

/** Articles handed over by the ingest-service, their statements, and takedown. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    private final ArticleService articles;
    private final QueryService query;
    private final PageRules pages;

    public ArticleResource(ArticleService articles, QueryService query, PageRules pages) {
        this.articles = articles;
        this.query = query;
        this.pages = pages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "storeArticle", summary = "Analyse and store an article handed over by the ingest-service (idempotent by id and version)")
    @APIResponse(responseCode = "201", description = "stored (new article or newer version)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleAck.class)))
    @APIResponse(responseCode = "200", description = "this id and version were already stored", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleAck.class)))
    @APIResponse(responseCode = "400", description = "bad input", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "an older version than the stored one", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public Response store(ArticleIn in) {
        ArticleService.Outcome o = articles.ingest(in == null ? null : in.article());
        return Response.status(o.created() ? 201 : 200)
                .entity(new ArticleAck(o.article().id, o.article().version, o.article().statementCount, "done")).build();
    }

    @GET
    @Operation(operationId = "listAnalysedArticles", summary = "Analysed articles (paged; filters outlet, from, to)")
    public PageJson<Dto.ArticleSummaryJson> list(@QueryParam("outlet") String outlet, @QueryParam("from") String from,
                                                 @QueryParam("to") String to, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        return PageJson.of(query.articles(Params.text("outlet", outlet, 300), Params.time("from", from, false),
                Params.time("to", to, true), pages.page(page), pages.size(size)).map(Dto.ArticleSummaryJson::of));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAnalysedArticle", summary = "An analysed article: text and metadata")
    public Dto.ArticleJson get(@PathParam("id") long id) {
        return Dto.ArticleJson.of(query.article(id));
    }

    @GET
    @Path("{id}/statements")
    @Operation(operationId = "listArticleStatements", summary = "The statements of an article in text order (paged; size defaults to 200, the most)")
    public PageJson<StatementJson> statements(@PathParam("id") long id, @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        Integer s = Params.integer("size", size);
        if (s != null && (s < 1 || s > STATEMENTS_MAX_SIZE)) {
            throw ApiException.badRequest("size must be between 1 and " + STATEMENTS_MAX_SIZE);
        }
        return PageJson.of(query.articleStatements(id, pages.page(page), s == null ? STATEMENTS_MAX_SIZE : s).map(StatementJson::of));
    }

    /** Default and largest page of one article's statements: all of them for any real article. */
    static final int STATEMENTS_MAX_SIZE = 200;

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteAnalysedArticle", summary = "Takedown: delete the article and everything derived from it")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such article", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorJson.class)))
    public Response delete(@PathParam("id") long id) {
        articles.delete(id);
        return Response.noContent().build();
    }
}
