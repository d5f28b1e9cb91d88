package org.whosaid.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.whosaid.ingest.service.OutletRegistry;
import org.whosaid.ingest.service.OutletService;

import java.util.List;

/** The outlet registry: names, aliases, domains, country, language, zone, agency flag and an editable note. */
@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutletResource {

    /** Request and response body of an outlet. */
    public record OutletDto(Long id, String name, List<String> aliases, List<String> domains, String country,
                            String language, String zone, Boolean agency, String note) {
        static OutletDto of(OutletRegistry.Entry e) {
            return new OutletDto(e.id(), e.name(), e.aliases(), e.domains(), e.country(), e.language(), e.zone(), e.agency(), e.note());
        }
    }

    @Inject
    org.whosaid.ingest.config.IngestConfig config;

    @Inject
    OutletService outlets;

    @GET
    public PageResult<OutletDto> list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        Paging pg = Paging.of(pageParam, sizeParam, config.limits().maxPage());
        PageResult<OutletRegistry.Entry> p = outlets.list(pg.page(), pg.size());
        return new PageResult<>(p.items().stream().map(OutletDto::of).toList(), p.total(), p.page(), p.size());
    }

    @GET
    @Path("/{id}")
    public OutletDto get(@PathParam("id") long id) {
        return OutletDto.of(outlets.get(id));
    }

    @POST
    public Response create(OutletDto dto) {
        return Response.status(201).entity(OutletDto.of(outlets.save(null, dto))).build();
    }

    @PUT
    @Path("/{id}")
    public OutletDto update(@PathParam("id") long id, OutletDto dto) {
        return OutletDto.of(outlets.save(id, dto));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        outlets.delete(id);
        return Response.noContent().build();
    }
}
