package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.whosaid.web.client.AdminKey;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.Json;
import org.whosaid.web.config.WebConfig;
import org.whosaid.web.security.Forbidden;
import org.whosaid.web.security.Guard;
import org.whosaid.web.security.Redirects;
import org.whosaid.web.security.RequestState;
import org.whosaid.web.security.Role;
import org.whosaid.web.service.Views;
import java.net.URI;
import java.util.List;

/**
 * Failed hand-offs (admin): articles the ingest-service could not hand to the analysis-service after its retries,
 * with the last error; the admin hands one off again or dismisses it (issue 15, finding 5).
 */
@Path("/admin/handoffs")
@Produces(MediaType.TEXT_HTML)
public class HandOffResource {
    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject WebConfig config;
    @Inject Guard guard;
    @Inject AdminKey adminKey;
    @Inject RequestState state;
    @Inject @Location("handoffs.html") Template handoffs;

    @TemplateData
    public record HandOffV(String id, String articleId, String version, String kind, int attempts, String lastError, String created) {}

    @GET
    public Response list(@QueryParam("page") @DefaultValue("0") int page) {
        if (!state.loggedIn()) return Redirects.seeOther(URI.create("/login?next=/admin/handoffs")).build();
        if (!state.has(Role.ADMIN)) throw new Forbidden("role", false);
        int size = config.web().pageSize();
        int p = Pager.checked(page, config.web().maxPage());
        JsonNode res = downstream.ingest(a -> a.failedHandOffs(p, size, adminKey.bearer()));
        List<HandOffV> rows = Json.items(res).stream().map(r -> new HandOffV(Json.any(r, "id"), Json.any(r, "articleId"),
                Json.any(r, "version"), Json.any(r, "kind"), r.path("attempts").asInt(0), Json.any(r, "lastError"),
                Views.date(Json.any(r, "createdAt")))).toList();
        return Response.ok(handoffs.data("p", pages.ctx()).data("rows", rows)
                .data("pager", Pager.of("/admin/handoffs", "", p, size, Json.total(res))).render()).build();
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id, @RestForm("_csrf") String csrf) {
        return act(id, csrf, (a, n) -> a.retryHandOff(n, adminKey.bearer()));
    }

    @POST
    @Path("/{id}/dismiss")
    public Response dismiss(@PathParam("id") String id, @RestForm("_csrf") String csrf) {
        return act(id, csrf, (a, n) -> a.dismissHandOff(n, adminKey.bearer()));
    }

    /** an admin's form post about one hand-off: checked, sent to the ingest-service, back to the list */
    private Response act(String id, String csrf, java.util.function.BiFunction<org.whosaid.web.client.IngestApi, Long, JsonNode> call) {
        guard.require(Role.ADMIN, csrf);
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) throw new BadRequestException(pages.msg("errHandOff"));
        long n = Long.parseLong(id);
        downstream.ingest(a -> call.apply(a, n));
        return Redirects.seeOther(URI.create("/admin/handoffs")).build();
    }
}
