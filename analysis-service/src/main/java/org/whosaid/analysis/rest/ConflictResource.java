package org.whosaid.analysis.rest;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.whosaid.analysis.service.PageRules;
import org.whosaid.analysis.service.QueryService;

import io.smallrye.common.annotation.Blocking;

@Path("/api/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ConflictResource {
    private final QueryService query;
    private final PageRules pages;

    public ConflictResource(QueryService query, PageRules pages) {
        this.query = query;
        this.pages = pages;
    }

    @GET
    @Operation(operationId = "listConflicts", summary = "Conflicts between outlets (paged; filters kind, clusterId)")
    public PageJson<ConflictJson> list(@QueryParam("kind") String kind, @QueryParam("clusterId") String clusterId,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(query.conflicts(Params.text("kind", kind, 30), Params.id("clusterId", clusterId), pages.page(page),
                pages.size(size)).map(ConflictJson::of));
    }
}
