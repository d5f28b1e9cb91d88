package org.whosaid.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

        static OutletService.OutletChange change(OutletDto d) {
            return d == null ? null : new OutletService.OutletChange(d.name(), d.aliases(), d.domains(), d.country(), d.language(), d.zone(), d.agency(), d.note());
        }
    }

    @Inject
    org.whosaid.ingest.config.IngestConfig config;

    @Inject
    OutletService outlets;

    @GET
    @Operation(operationId = "listOutlets", summary = "Known outlets (paged)")
    public PageResult<OutletDto> list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        Paging pg = Paging.of(pageParam, sizeParam, config.limits().maxPage());
        return PageResult.of(outlets.list(pg.page(), pg.size()).map(OutletDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOutlet", summary = "One outlet: name, aliases, domains")
    public OutletDto get(@PathParam("id") long id) {
        return OutletDto.of(outlets.get(id));
    }

    @POST
    @Operation(operationId = "createOutlet", summary = "Add an outlet (name, aliases, domains, country, language)")
    @APIResponse(responseCode = "201", description = "created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OutletResource.OutletDto.class)))
    @APIResponse(responseCode = "400", description = "bad input", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public Response create(OutletDto dto) {
        return Response.status(201).entity(OutletDto.of(outlets.save(null, OutletDto.change(dto)))).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateOutlet", summary = "Change an outlet")
    @APIResponse(responseCode = "404", description = "no such outlet", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "200", description = "the outlet as stored", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OutletDto.class)))
    public OutletDto update(@PathParam("id") long id, OutletDto dto) {
        return OutletDto.of(outlets.save(id, OutletDto.change(dto)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOutlet", summary = "Remove an outlet")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such outlet", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public Response delete(@PathParam("id") long id) {
        outlets.delete(id);
        return Response.noContent().build();
    }
}
