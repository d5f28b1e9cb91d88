package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
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
import org.whosaid.web.security.Guard;
import org.whosaid.web.security.Redirects;
import org.whosaid.web.security.Role;
import org.whosaid.web.service.Views;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Watches: a reviewer watches a statement (from its cluster page) or a speaker (from the speaker's page); the list
 * shows each watch with its Atom feed, which this page serves with links to the web pages instead of the API.
 */
@Path("/watches")
@Produces(MediaType.TEXT_HTML)
public class WatchResource {
    private static final Pattern CLUSTER_LINK = Pattern.compile("href=\"[^\"]*/api/clusters/([0-9]{1,18})\"");
    private static final Pattern SELF_LINK = Pattern.compile("href=\"[^\"]*/api/watches/([0-9]{1,18})/feed\"");

    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject WebConfig config;
    @Inject Guard guard;
    @Inject AdminKey adminKey;
    @Inject ObjectMapper mapper;
    @Inject @Location("watches.html") Template watches;

    @TemplateData
    public record WatchV(String id, String kind, String target, String label, String since, String link, boolean webhook,
                         int failures, String lastError) {}

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        int size = config.web().pageSize();
        int p = Pager.checked(page, config.web().maxPage());
        JsonNode res = downstream.analysis(a -> a.watches(p, size));
        List<WatchV> rows = Json.items(res).stream().map(WatchResource::row).toList();
        return watches.data("p", pages.ctx()).data("watches", rows).data("pager", Pager.of("/watches", "", p, size, Json.total(res)));
    }

    @POST
    public Response create(@RestForm("_csrf") String csrf, @RestForm("kind") String kind, @RestForm("target") String target,
                           @RestForm("label") String label) {
        guard.require(Role.REVIEWER, csrf);
        String k = kind == null ? "" : kind.strip();
        String t = target == null ? "" : target.strip();
        boolean ok = k.equals("statement") && t.matches("[1-9][0-9]{0,17}") || k.equals("speaker") && t.matches("p-[0-9]{1,18}");
        if (!ok) throw new BadRequestException(pages.msg("errWatchTarget"));
        ObjectNode body = mapper.createObjectNode().put("kind", k).put("target", t);
        if (label != null && !label.isBlank()) body.put("label", label.strip().length() > 300 ? label.strip().substring(0, 300) : label.strip());
        JsonNode w = downstream.analysis(a -> a.createWatch(body, adminKey.bearer()));
        String id = Json.any(w, "id");
        return Redirects.seeOther(URI.create("/watches" + (id.matches("[0-9]{1,18}") ? "#w-" + id : ""))).build();
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") String id, @RestForm("_csrf") String csrf) {
        guard.require(Role.REVIEWER, csrf);
        if (!id.matches("[0-9]{1,18}")) throw new BadRequestException(pages.msg("errWatchTarget"));
        downstream.analysis(a -> {
            a.deleteWatch(id, adminKey.bearer());
            return null;
        });
        return Redirects.seeOther(URI.create("/watches")).build();
    }

    @GET
    @Path("/{id}/feed.atom")
    @Produces("application/atom+xml")
    public String feed(@PathParam("id") String id) {
        if (!id.matches("[0-9]{1,18}")) throw new jakarta.ws.rs.NotFoundException();
        String atom = downstream.analysis(a -> TextNode.valueOf(a.watchFeed(id))).asText();
        String base = ClusterResource.publicBase(config);
        atom = CLUSTER_LINK.matcher(atom).replaceAll("href=\"" + java.util.regex.Matcher.quoteReplacement(base) + "/clusters/$1\"");
        return SELF_LINK.matcher(atom).replaceAll("href=\"" + java.util.regex.Matcher.quoteReplacement(base) + "/watches/$1/feed.atom\"");
    }

    static WatchV row(JsonNode w) {
        String kind = Json.any(w, "kind");
        String target = Json.any(w, "target");
        String link = kind.equals("speaker") ? "/speakers/" + ClusterResource.enc(target) : "/clusters/" + ClusterResource.enc(target);
        JsonNode hook = Json.field(w, "webhook");
        boolean webhook = hook != null && !hook.isNull();
        return new WatchV(Json.any(w, "id"), kind, target, Json.any(w, "label"), Views.date(Json.any(w, "createdAt")), link,
                webhook, webhook ? hook.path("failures").asInt(0) : 0, webhook ? Json.any(hook, "lastError") : "");
    }
}
