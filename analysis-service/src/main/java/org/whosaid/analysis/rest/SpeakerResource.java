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

/** The person registry: canonical names, spellings, roles, statement counts. */
@Path("/api/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SpeakerResource {
    private final QueryService query;
    private final PageRules pages;

    public SpeakerResource(QueryService query, PageRules pages) {
        this.query = query;
        this.pages = pages;
    }

    @GET
    @Operation(operationId = "listSpeakers", summary = "Speakers: persons and organisations that speak or are an intermediary, most statements first (paged); "
            + "q matches names, spellings and transliterations")
    public PageJson<Dto.PersonJson> list(@QueryParam("q") String q, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        return PageJson.of(query.speakers(Params.text("q", q, 300), pages.page(page), pages.size(size)).map(Dto.PersonJson::of));
    }

    @GET
    @Path("{entityId}")
    @Operation(operationId = "getSpeaker", summary = "One registry entry (any kind): aliases, roles, counts, name conflicts")
    public Dto.PersonJson get(@PathParam("entityId") String entityId) {
        return Dto.PersonJson.of(query.speaker(entityId));
    }
}
