package org.whosaid.analysis.rest;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.whosaid.analysis.service.PageRules;
import org.whosaid.analysis.service.QueryService;

import io.smallrye.common.annotation.Blocking;

@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StoryResource {
    private final QueryService query;
    private final PageRules pages;

    public StoryResource(QueryService query, PageRules pages) {
        this.query = query;
        this.pages = pages;
    }

    @GET
    @Operation(operationId = "listStories", summary = "Stories: articles about one event (paged, latest first)")
    public PageJson<Dto.StoryJson> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(query.stories(pages.page(page), pages.size(size)).map(Dto.StoryJson::of));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getStory", summary = "A story: outlets, time span, articles and clusters")
    public Dto.StoryJson get(@PathParam("id") long id) {
        return Dto.StoryJson.of(query.story(id));
    }
}
