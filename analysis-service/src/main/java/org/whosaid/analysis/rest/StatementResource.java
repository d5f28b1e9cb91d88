package org.whosaid.analysis.rest;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.whosaid.analysis.service.PageRules;
import org.whosaid.analysis.service.QueryService;
import org.whosaid.analysis.service.StatementOrder;

import io.smallrye.common.annotation.Blocking;

/** Search over stored statements. */
@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StatementResource {
    private final QueryService query;
    private final PageRules pages;

    public StatementResource(QueryService query, PageRules pages) {
        this.query = query;
        this.pages = pages;
    }

    @GET
    @Operation(operationId = "searchStatements", summary = "Search renderings of statements (paged); q matches the words of quote and speaker, the last as a prefix")
    public PageJson<StatementJson> list(@QueryParam("speaker") String speaker, @QueryParam("entityId") String entityId,
                                        @QueryParam("outlet") String outlet, @QueryParam("q") String q,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("form") String form, @QueryParam("hasConflict") String hasConflict,
                                        @QueryParam("reviewStatus") String reviewStatus,
                                        @QueryParam("clusterId") String clusterId,
                                        @Parameter(description = "newest (default), oldest, or outlets (most outlets carrying the statement first)")
                                        @QueryParam("sort") String sort,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryService.StatementFilter f = new QueryService.StatementFilter(Params.text("speaker", speaker, 300),
                Params.text("entityId", entityId, 40), Params.text("outlet", outlet, 300), Params.text("q", q, 500),
                Params.time("from", from, false), Params.time("to", to, true), Params.text("form", form, 30),
                Params.bool("hasConflict", hasConflict), Params.text("reviewStatus", reviewStatus, 30),
                Params.id("clusterId", clusterId), StatementOrder.of(sort));
        return PageJson.of(query.statements(f, pages.page(page), pages.size(size)).map(StatementJson::of));
    }
}
