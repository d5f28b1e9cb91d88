package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.DownstreamException;
import org.whosaid.web.client.Json;
import org.whosaid.web.security.RequestFilters;
import org.whosaid.web.security.RequestState;
import org.whosaid.web.service.Views;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The dashboard: latest stories, clusters with conflicts first, recent articles, what arrived since the last visit. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {
    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject RequestState state;
    @Inject RequestFilters filters;
    @Inject @Location("dashboard.html") Template dashboard;

    @GET
    public Response dashboard() {
        List<String> down = new ArrayList<>();
        JsonNode articles = section(down, Downstream.INGEST, () -> downstream.ingest(a -> a.articles(null, null, null, null, 0, 15)));
        JsonNode clustersConflict = section(down, Downstream.ANALYSIS, () -> downstream.analysis(a -> a.clusters(true, null, 2, null, null, null, null, null, 0, 10)));
        JsonNode clustersAll = down.contains(Downstream.ANALYSIS) ? null
                : section(down, Downstream.ANALYSIS, () -> downstream.analysis(a -> a.clusters(null, null, 2, null, null, null, null, null, 0, 10)));
        JsonNode stories = down.contains(Downstream.ANALYSIS) ? null : optional(() -> downstream.analysisOrNull(a -> a.stories(0, 6)));
        JsonNode conflicts = down.contains(Downstream.ANALYSIS) ? null : optional(() -> downstream.analysisOrNull(a -> a.conflicts(0, 8)));

        if (down.contains(Downstream.INGEST) && down.contains(Downstream.ANALYSIS)) {
            throw new DownstreamException(Downstream.ANALYSIS, 0, "unreachable", "both services unreachable", null);
        }
        Map<String, Views.ClusterSummary> clusters = new LinkedHashMap<>();
        for (JsonNode c : Json.items(clustersConflict)) { var s = Views.clusterSummary(c); clusters.put(s.id(), s); }
        List<Views.ClusterSummary> rest = new ArrayList<>();
        for (JsonNode c : Json.items(clustersAll)) { var s = Views.clusterSummary(c); if (!clusters.containsKey(s.id())) rest.add(s); }
        rest.sort(Comparator.comparingInt(Views.ClusterSummary::conflicts).reversed().thenComparing(Comparator.comparingInt(Views.ClusterSummary::outlets).reversed()));
        rest.forEach(s -> clusters.put(s.id(), s));

        List<Views.ArticleV> recent = Json.items(articles).stream().map(Views::article).toList();
        Long last = state.lastVisit();
        List<Views.ArticleV> fresh = new ArrayList<>();
        if (last != null) {
            for (JsonNode a : Json.items(articles)) {
                String at = Json.text(a, "ingestedAt");
                try {
                    if (!at.isEmpty() && OffsetDateTime.parse(at).toInstant().toEpochMilli() > last) fresh.add(Views.article(a));
                } catch (RuntimeException ignored) { /* unparsable date: not counted */ }
            }
        }
        String html = dashboard.data("p", pages.ctx())
                .data("stories", Json.items(stories).stream().map(Views::story).toList())
                .data("clusters", new ArrayList<>(clusters.values()))
                .data("conflicts", Json.items(conflicts).stream().map(Views::conflict).toList())
                .data("articles", recent)
                .data("totalArticles", Json.total(articles))
                .data("firstVisit", last == null)
                .data("lastVisit", last == null ? "" : Views.date(Instant.ofEpochMilli(last).atOffset(java.time.ZoneOffset.UTC).toString()))
                .data("fresh", fresh)
                .data("down", down)
                .render();
        return Response.ok(html).header("Set-Cookie", filters.cookie(RequestFilters.VISIT_COOKIE,
                String.valueOf(Instant.now().toEpochMilli()), 365L * 24 * 3600, "Lax")).build();
    }

    private static JsonNode section(List<String> down, String service, Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (DownstreamException e) {
            if (e.unreachable()) { if (!down.contains(service)) down.add(service); return null; }
            if (e.notFound()) return null;
            throw e;
        }
    }

    private static JsonNode optional(Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (DownstreamException e) {
            if (e.unreachable() || e.status() >= 400) return null;
            throw e;
        }
    }
}
