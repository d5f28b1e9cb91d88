package org.whosaid.analysis.rest;

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
import org.whosaid.analysis.service.ArticleService;
import org.whosaid.analysis.service.QueryService;

import io.smallrye.common.annotation.Blocking;

/** Articles handed over by the ingest-service, their statements, and takedown. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    private final ArticleService articles;
    private final QueryService query;

    public ArticleResource(ArticleService articles, QueryService query) {
        this.articles = articles;
        this.query = query;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse and store an article (idempotent by id and version); 2xx once everything is committed")
    public Response store(ArticleIn in) {
        ArticleService.Outcome o = articles.ingest(in);
        return Response.status(o.created() ? 201 : 200)
                .entity(new ArticleAck(o.article().id, o.article().version, o.article().statementCount, "done")).build();
    }

    @GET
    @Operation(summary = "Analysed articles (paged; filters outlet, from, to)")
    public PageJson<Dto.ArticleSummaryJson> list(@QueryParam("outlet") String outlet, @QueryParam("from") String from,
                                                 @QueryParam("to") String to, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        return query.articles(Params.text("outlet", outlet, 300), Params.time("from", from, false),
                Params.time("to", to, true), query.checkPage(page), query.checkSize(size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An analysed article: text and metadata")
    public Dto.ArticleJson get(@PathParam("id") long id) {
        return query.article(id);
    }

    @GET
    @Path("{id}/statements")
    @Operation(summary = "The statements of an article in text order (404 until analysed)")
    public PageJson<StatementJson> statements(@PathParam("id") long id, @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        Integer s = Params.integer("size", size);
        if (s != null && (s < 1 || s > STATEMENTS_MAX_SIZE)) {
            throw ApiException.badRequest("size must be between 1 and " + STATEMENTS_MAX_SIZE);
        }
        return query.articleStatements(id, query.checkPage(page), s == null ? STATEMENTS_MAX_SIZE : s);
    }

    /** Default and largest page of one article's statements: all of them for any real article. */
    static final int STATEMENTS_MAX_SIZE = 200;

    @DELETE
    @Path("{id}")
    @Operation(summary = "Takedown: delete the article and everything derived from it")
    public Response delete(@PathParam("id") long id) {
        articles.delete(id);
        return Response.noContent().build();
    }
}
