package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.DownstreamException;
import org.whosaid.web.client.Json;
import org.whosaid.web.config.WebConfig;
import org.whosaid.web.service.Views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Stories: the articles about one event, the outlets that covered it, a timeline and its clusters. */
@Path("/stories")
@Produces(MediaType.TEXT_HTML)
public class StoryResource {
    private static final int MAX_FETCH = 30;
    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject WebConfig config;
    @Inject @Location("stories.html") Template stories;
    @Inject @Location("story.html") Template story;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        int size = config.web().pageSize();
        int p = Pager.checked(page, config.web().maxPage());
        JsonNode res = downstream.analysis(a -> a.stories(p, size));
        return stories.data("p", pages.ctx()).data("stories", Json.items(res).stream().map(Views::story).toList())
                .data("pager", Pager.of("/stories", "", p, size, Json.total(res)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        JsonNode s = downstream.analysis(a -> a.story(id));
        Views.StoryV v = Views.story(s);
        List<Views.ArticleV> articles = new ArrayList<>();
        for (JsonNode a : Json.list(s, "articles")) {
            if (a.isObject() && Json.field(a, "title", "outlet") != null) articles.add(Views.article(a));
            else if (articles.size() < MAX_FETCH) {
                long aid = a.isValueNode() ? a.asLong() : Json.longOf(a, "id", 0);
                try {
                    articles.add(Views.article(downstream.ingest(api -> api.article(aid))));
                } catch (DownstreamException e) {
                    if (!e.notFound()) throw e;
                }
            }
        }
        if (articles.isEmpty()) {
            for (Long aid : v.articleIds()) {
                if (articles.size() >= MAX_FETCH) break;
                try { articles.add(Views.article(downstream.ingest(api -> api.article(aid)))); }
                catch (DownstreamException e) { if (!e.notFound()) throw e; }
            }
        }
        articles.sort(Comparator.comparing(Views.ArticleV::publishedAt));
        Set<String> outlets = new LinkedHashSet<>(v.outlets());
        articles.forEach(a -> outlets.add(a.outlet()));
        List<Views.ClusterSummary> clusters = new ArrayList<>();
        for (JsonNode c : Json.list(s, "clusters")) {
            if (c.isObject() && Json.field(c, "statements", "excerpt", "statementCount") != null) clusters.add(Views.clusterSummary(c));
            else if (clusters.size() < MAX_FETCH) {
                String cid = c.isValueNode() ? c.asText() : Json.any(c, "id");
                JsonNode full = downstream.analysisOrNull(a -> a.cluster(cid));
                if (full != null) clusters.add(Views.clusterSummary(full));
            }
        }
        clusters.sort(Comparator.comparingInt(Views.ClusterSummary::conflicts).reversed()
                .thenComparing(Comparator.comparingInt(Views.ClusterSummary::outlets).reversed()));
        return story.data("p", pages.ctx()).data("s", v).data("articles", articles).data("outlets", new ArrayList<>(outlets))
                .data("clusters", clusters);
    }
}
