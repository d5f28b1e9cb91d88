package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.whosaid.web.client.AdminKey;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.DownstreamException;
import org.whosaid.web.client.Json;
import org.whosaid.web.security.Guard;
import org.whosaid.web.security.Role;
import org.whosaid.web.service.Views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Getting articles in: paste text, upload files (.txt .html .htm .json .jsonl), add a URL or a feed. Every item of a
 * batch gets its own result line; the analysis status of accepted articles is shown and refreshed (htmx, or a link).
 */
@Path("/ingest")
@Produces(MediaType.TEXT_HTML)
public class IngestResource {
    static final int MAX_STATUS_IDS = 50;

    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject Guard guard;
    @Inject AdminKey adminKey;
    @Inject ObjectMapper mapper;
    @Inject @Location("ingest.html") Template ingest;
    @Inject @Location("ingest-status.html") Template status;
    @Inject @Location("ingest-status-page.html") Template statusPage;

    /** One submitted item: accepted (id, 201 new / 200 known) or refused (error, detail). */
    @TemplateData
    public record Item(String name, long id, int status, String error, String detail) {
        public boolean accepted() { return id > 0; }
        public boolean isNew() { return status == 201; }
    }

    @TemplateData
    public record StatusRow(long id, String title, String outlet, String analysisStatus, String error, Found found) {
        public StatusRow(long id, String title, String outlet, String analysisStatus, String error) {
            this(id, title, outlet, analysisStatus, error, null);
        }
        public boolean done() { return "done".equals(analysisStatus) || "failed".equals(analysisStatus); }
    }

    /** What the analysis found in an article: statements, who speaks, and statements other outlets carry too. */
    @TemplateData
    public record Found(int statements, List<String> speakers, List<String> sharedClusters) {}

    static final int FOUND_MAX_CLUSTERS = 5;

    /** Reads the article's statements (one page holds them all) and the clusters of up to five of them. */
    Found found(long id) {
        JsonNode st = downstream.analysisOrNull(a -> a.articleStatements(id, 0, 200));
        if (st == null) return null;
        List<String> speakers = new ArrayList<>();
        java.util.LinkedHashSet<String> clusters = new java.util.LinkedHashSet<>();
        List<JsonNode> items = Json.items(st);
        for (JsonNode s : items) {
            String name = Json.any(Json.field(s, "speaker"), "name");
            if (!name.isEmpty() && !speakers.contains(name)) speakers.add(name);
            String c = Json.any(s, "clusterId");
            if (!c.isEmpty() && clusters.size() < FOUND_MAX_CLUSTERS) clusters.add(c);
        }
        List<String> shared = new ArrayList<>();
        for (String c : clusters) {
            JsonNode cl = downstream.analysisOrNull(a -> a.cluster(c, 0, 1));
            if (cl != null && cl.path("outletCount").asInt(0) >= 2) shared.add(c);
        }
        return new Found(items.size(), speakers.size() > 5 ? speakers.subList(0, 5) : speakers, shared);
    }

    @GET
    public TemplateInstance form() {
        List<JsonNode> feeds = List.of();
        try {
            feeds = Json.items(downstream.ingest(a -> a.feeds(0, 50)));
        } catch (DownstreamException e) {
            if (!e.unreachable() && !e.notFound()) throw e;
        }
        return page(List.of(), feeds.stream().map(f -> new StatusRow(Json.longOf(f, "id", 0), Json.text(f, "url"),
                Json.text(f, "outlet"), Views.date(Json.text(f, "lastPollAt")), Json.text(f, "lastError"))).toList());
    }

    @POST
    @Path("/text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance text(@RestForm("_csrf") String csrf, @RestForm("text") String text, @RestForm("title") String title,
                                 @RestForm("outlet") String outlet, @RestForm("url") String url,
                                 @RestForm("language") String language, @RestForm("publishedAt") String publishedAt) {
        String user = guard.require(Role.REVIEWER, csrf);
        ObjectNode body = mapper.createObjectNode();
        put(body, "text", text);
        put(body, "title", title);
        put(body, "outlet", outlet);
        put(body, "url", url);
        put(body, "language", language);
        put(body, "publishedAt", publishedAt);
        String name = title == null || title.isBlank() ? pages.msg("ingestPasted") : title.trim();
        return page(List.of(one(name, () -> downstream.ingest(a -> a.postJson(body, adminKey.bearer(), user)))), null);
    }

    @POST
    @Path("/url")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance url(@RestForm("_csrf") String csrf, @RestForm("url") String url, @RestForm("outlet") String outlet) {
        String user = guard.require(Role.REVIEWER, csrf);
        ObjectNode body = mapper.createObjectNode();
        put(body, "url", url);
        put(body, "outlet", outlet);
        return page(List.of(one(url == null ? "" : url, () -> downstream.ingest(a -> a.postJson(body, adminKey.bearer(), user)))), null);
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance feed(@RestForm("_csrf") String csrf, @RestForm("url") String url, @RestForm("outlet") String outlet,
                                 @RestForm("intervalMinutes") Integer interval) {
        String user = guard.require(Role.REVIEWER, csrf);
        ObjectNode body = mapper.createObjectNode();
        put(body, "url", url);
        put(body, "outlet", outlet);
        if (interval != null) body.put("intervalMinutes", interval);
        Item item;
        try {
            JsonNode r = downstream.ingest(a -> a.postFeed(body, adminKey.bearer(), user));
            item = new Item(pages.msg("ingestFeedAdded") + " " + Json.text(r, "url", url), 0, 201, "", "");
        } catch (DownstreamException e) {
            if (e.unreachable()) throw e;
            item = new Item(url == null ? "" : url, 0, e.status(), e.error(), e.detail());
        }
        return form().data("results", List.of(item));
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance upload(@RestForm("_csrf") String csrf, @RestForm("file") List<FileUpload> files) {
        String user = guard.require(Role.REVIEWER, csrf);
        List<Item> items = new ArrayList<>();
        for (FileUpload f : files == null ? List.<FileUpload>of() : files) {
            String name = f.fileName() == null ? "upload" : f.fileName();
            String content;
            try {
                content = Files.readString(f.uploadedFile(), StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                items.add(new Item(name, 0, 400, "unreadable", pages.msg("ingestNotUtf8")));
                continue;
            }
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "txt";
            switch (ext) {
                case "jsonl", "ndjson" -> items.addAll(batch(name, content, user));
                case "json" -> {
                    JsonNode parsed = null;
                    try { parsed = mapper.readTree(content); } catch (IOException e) { /* refused below */ }
                    if (parsed == null || !(parsed.isObject() || parsed.isArray())) {
                        items.add(new Item(name, 0, 400, "invalid-json", pages.msg("ingestBadJson")));
                    } else if (parsed.isArray()) {
                        StringBuilder nd = new StringBuilder();
                        parsed.forEach(n -> nd.append(n.toString()).append('\n'));
                        items.addAll(batch(name, nd.toString(), user));
                    } else {
                        JsonNode body = parsed;
                        items.add(one(name, () -> downstream.ingest(a -> a.postJson(body, adminKey.bearer(), user))));
                    }
                }
                case "html", "htm" -> items.add(one(name, () -> downstream.ingest(a -> a.postHtml(content, null, null, null, null, adminKey.bearer(), user))));
                default -> items.add(one(name, () -> downstream.ingest(a -> a.postText(content, null, null, null, null, adminKey.bearer(), user))));
            }
        }
        if (items.isEmpty()) items.add(new Item("", 0, 400, "no-file", pages.msg("ingestNoFile")));
        return page(items, null);
    }

    @GET
    @Path("/status")
    public TemplateInstance status(@QueryParam("ids") String ids, @jakarta.ws.rs.HeaderParam("HX-Request") String htmx) {
        List<StatusRow> rows = new ArrayList<>();
        for (long id : ids(ids)) {
            try {
                JsonNode a = downstream.ingest(api -> api.article(id));
                String st = Json.text(a, "analysisStatus", "pending");
                Found f = null;
                if ("done".equals(st) && rows.size() < 20) {
                    try {
                        f = found(id);
                    } catch (DownstreamException e) {
                        // the analysis-service is away: the status line still says "analysed"
                    }
                }
                rows.add(new StatusRow(id, Json.text(a, "title"), Json.text(a, "outlet"), st, Json.text(a, "analysisError"), f));
            } catch (DownstreamException e) {
                if (!e.notFound()) throw e;
            }
        }
        // htmx swaps in the fragment; a plain browser (no JavaScript) gets a whole page
        return ("true".equals(htmx) ? status : statusPage).data("p", pages.ctx()).data("rows", rows).data("ids", ids == null ? "" : ids)
                .data("allDone", rows.stream().allMatch(StatusRow::done));
    }

    private List<Item> batch(String name, String ndjson, String user) {
        List<Item> out = new ArrayList<>();
        JsonNode r;
        try {
            r = downstream.ingest(a -> a.postBatch(ndjson, adminKey.bearer(), user));
        } catch (DownstreamException e) {
            if (e.unreachable()) throw e;
            out.add(new Item(name, 0, e.status(), e.error(), e.detail()));
            return out;
        }
        for (JsonNode a : Json.list(r, "accepted")) {
            out.add(new Item(name + " #" + Json.intOf(a, "line", 0), Json.longOf(a, "id", 0), Json.intOf(a, "status", 201), "", ""));
        }
        for (JsonNode a : Json.list(r, "refused")) {
            out.add(new Item(name + " #" + Json.intOf(a, "line", 0), 0, 400, Json.text(a, "error"), Json.text(a, "detail")));
        }
        return out;
    }

    private Item one(String name, java.util.function.Supplier<JsonNode> call) {
        try {
            JsonNode r = call.get();
            long id = Json.longOf(r, "id", 0);
            return new Item(name, id, 201, "", "");
        } catch (DownstreamException e) {
            if (e.unreachable()) throw e;
            return new Item(name, 0, e.status(), e.error(), e.detail());
        }
    }

    private TemplateInstance page(List<Item> results, List<StatusRow> feeds) {
        List<Long> ids = results.stream().filter(Item::accepted).map(Item::id).distinct().limit(MAX_STATUS_IDS).toList();
        return ingest.data("p", pages.ctx()).data("results", results).data("feeds", feeds == null ? List.of() : feeds)
                .data("statusIds", String.join(",", ids.stream().map(String::valueOf).toList()));
    }

    static List<Long> ids(String s) {
        List<Long> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : s.split(",")) {
            try {
                long v = Long.parseLong(p.trim());
                if (v > 0 && !out.contains(v)) out.add(v);
            } catch (NumberFormatException ignored) { /* skip */ }
            if (out.size() >= MAX_STATUS_IDS) break;
        }
        return out;
    }

    private static void put(ObjectNode n, String k, String v) {
        if (v != null && !v.isBlank()) n.put(k, v.trim().equals(v) || k.equals("text") ? v : v.trim());
    }
}
