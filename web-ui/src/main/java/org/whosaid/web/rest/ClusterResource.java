package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.whosaid.web.client.AdminKey;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.Json;
import org.whosaid.web.config.WebConfig;
import org.whosaid.web.security.Guard;
import org.whosaid.web.security.Redirects;
import org.whosaid.web.security.Role;
import org.whosaid.web.service.ClaimReview;
import org.whosaid.web.service.AlsoRendering;
import org.whosaid.web.service.ClusterModel;
import org.whosaid.web.service.RegroupTargets;
import org.whosaid.web.service.SpreadTimeline;
import org.whosaid.web.service.Exports;
import org.whosaid.web.service.Views;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** The cluster list, the cluster page (the heart), its exports and the review actions. */
@Path("/clusters")
@Produces(MediaType.TEXT_HTML)
public class ClusterResource {
    /** The decisions the cluster page offers (actions of the analysis-service's decision API). */
    static final Set<String> DECISIONS = Set.of("confirm", "reject", "speaker", "reference", "move", "merge", "split",
            "related");
    /** Decisions about one rendering (need statementId). */
    static final Set<String> ABOUT_STATEMENT = Set.of("confirm", "reject", "speaker", "reference", "move");
    /** Decisions that name another cluster (need targetClusterId). */
    static final Set<String> WITH_TARGET = Set.of("move", "merge", "related");

    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject Guard guard;
    @Inject AdminKey adminKey;
    @Inject ObjectMapper mapper;
    @Inject WebConfig config;
    @ConfigProperty(name = "whosaid.web.organisation", defaultValue = "whosaid") String organisation;
    @Inject @Location("cluster.html") Template cluster;
    @Inject @Location("clusters.html") Template clusters;

    /** An ISO day (2026-03-02) as the date inputs send it, or null: anything else is ignored rather than sent on. */
    static String isoDay(String s) {
        String v = ArticleResource.blank(s);
        if (v == null) return null;
        try {
            return java.time.LocalDate.parse(v).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @GET
    public TemplateInstance list(@QueryParam("conflicts") @DefaultValue("false") boolean onlyConflicts,
                                 @QueryParam("minOutlets") @DefaultValue("2") int minOutlets,
                                 @QueryParam("outlet") String outlet, @QueryParam("speaker") String speaker,
                                 @QueryParam("q") String q, @QueryParam("language") String language,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        int size = config.web().pageSize();
        int p = Pager.checked(page, config.web().maxPage());
        // the statements seen in 2 or more outlets by default: a statement in one outlet has nothing to compare
        int mo = Math.max(1, Math.min(minOutlets, 1000));
        String o = ArticleResource.blank(outlet), sp = ArticleResource.blank(speaker), text = ArticleResource.blank(q),
                lang = ArticleResource.blank(language), fromDay = isoDay(from), toDay = isoDay(to);
        JsonNode res = downstream.analysis(a -> a.clusters(onlyConflicts ? Boolean.TRUE : null, sp, mo, o, lang, text,
                fromDay, toDay, p, size));
        List<Views.ClusterSummary> items = Json.items(res).stream().map(Views::clusterSummary).toList();
        String query = "";
        if (onlyConflicts) query = Pages.withParam("", query, "conflicts", "true").substring(1);
        if (mo != 2) query = Pages.withParam("", query, "minOutlets", String.valueOf(mo)).substring(1);
        if (o != null) query = Pages.withParam("", query, "outlet", o).substring(1);
        if (sp != null) query = Pages.withParam("", query, "speaker", sp).substring(1);
        if (text != null) query = Pages.withParam("", query, "q", text).substring(1);
        if (lang != null) query = Pages.withParam("", query, "language", lang).substring(1);
        if (fromDay != null) query = Pages.withParam("", query, "from", fromDay).substring(1);
        if (toDay != null) query = Pages.withParam("", query, "to", toDay).substring(1);
        return clusters.data("p", pages.ctx()).data("clusters", items).data("onlyConflicts", onlyConflicts)
                .data("minOutlets", mo).data("outlet", o == null ? "" : o).data("speaker", sp == null ? "" : sp)
                .data("q", text == null ? "" : text).data("language", lang == null ? "" : lang)
                .data("from", fromDay == null ? "" : fromDay).data("to", toDay == null ? "" : toDay)
                .data("total", Json.total(res))
                .data("pager", Pager.of("/clusters", query, p, size, Json.total(res)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("find") String find) {
        int size = config.web().clusterPageSize();
        int p = Pager.checked(page, config.web().maxPage());
        JsonNode json = downstream.analysis(a -> a.cluster(id, p, size));
        ClusterModel m = ClusterModel.of(json, null);
        Ctx ctx = pages.ctx();
        SpreadTimeline spread = SpreadTimeline.of(m.renderings().stream().map(ClusterModel.Rendering::s).toList(),
                SpreadTimeline.changes(json), ctx.t());
        String words = find == null ? "" : find.strip();
        if (words.length() > FIND_MAX) throw new BadRequestException(pages.msg("errFindTooLong"));
        Choice choice = ctx.canReview() ? targets(m, words) : Choice.NONE;
        return cluster.data("p", ctx).data("c", m).data("spread", spread).data("also", AlsoRendering.of(json))
                .data("statuses", ClusterModel.STATUSES)
                .data("targets", choice.targets()).data("found", choice.found()).data("find", words)
                .data("statusLabel", m.status().isEmpty() ? pages.msg("status.unverified") : pages.msg("status." + m.status()))
                .data("pager", Pager.of("/clusters/" + enc(id), "", p, size, m.statementCount()));
    }

    @GET
    @Path("/{id}/claimreview.jsonld")
    @Produces("application/ld+json")
    public Response claimReview(@PathParam("id") String id, @Context UriInfo uri) {
        JsonNode json = downstream.analysis(a -> a.cluster(id));
        ClusterModel m = ClusterModel.of(json, null);
        String page = publicBase(config) + "/clusters/" + enc(id);
        SpreadTimeline spread = SpreadTimeline.of(m.renderings().stream().map(ClusterModel.Rendering::s).toList(),
                SpreadTimeline.changes(json), pages.ctx().t());
        ObjectNode doc = ClaimReview.build(mapper, m, spread, page, organisation, pages.msg("status." + m.status()));
        return Response.ok(doc.toPrettyString()).type("application/ld+json; charset=UTF-8").build();
    }

    @GET
    @Path("/{id}/export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @Context UriInfo uri) {
        ClusterModel m = load(id);
        String body = Exports.csv(m.renderings().stream().map(r -> withCluster(r.s(), m.id())).toList(), publicBase(config));
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cluster-" + safe(id) + ".csv\"").build();
    }

    @GET
    @Path("/{id}/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id, @Context UriInfo uri) {
        ClusterModel m = load(id);
        ObjectNode root = mapper.createObjectNode();
        root.put("clusterId", m.id());
        root.put("speaker", m.speakerName());
        root.put("reviewStatus", m.status());
        root.set("statements", Exports.json(mapper, m.renderings().stream().map(r -> withCluster(r.s(), m.id())).toList(), publicBase(config)));
        return Response.ok(root.toPrettyString()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"cluster-" + safe(id) + ".json\"").build();
    }

    @POST
    @Path("/{id}/review")
    public Response review(@PathParam("id") String id, @RestForm("_csrf") String csrf, @RestForm("status") String status,
                           @RestForm("note") String note) {
        String user = guard.require(Role.REVIEWER, csrf);
        if (status == null || !ClusterModel.STATUSES.contains(status)) throw new BadRequestException(pages.msg("errBadStatus"));
        ObjectNode body = mapper.createObjectNode();
        body.put("action", "review");
        body.put("status", status);
        body.put("note", note == null ? "" : limit(note));
        downstream.analysis(a -> a.decide(id, body, adminKey.bearer(), user));
        return Redirects.seeOther(URI.create("/clusters/" + enc(id) + "#review")).build();
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") String id, @RestForm("_csrf") String csrf, @RestForm("kind") String kind,
                           @RestForm("statementId") String statementId, @RestForm("speakerName") String speakerName,
                           @RestForm("speakerEntityId") String speakerEntityId, @RestForm("note") String note,
                           @RestForm("targetClusterId") String targetClusterId,
                           @RestForm("statementIds") List<String> statementIds) {
        String user = guard.require(Role.REVIEWER, csrf);
        if (kind == null || !DECISIONS.contains(kind)) throw new BadRequestException(pages.msg("errBadDecision"));
        if (ABOUT_STATEMENT.contains(kind) && (statementId == null || statementId.isBlank())) {
            throw new BadRequestException(pages.msg("errBadDecision"));
        }
        if (kind.equals("speaker") && (speakerName == null || speakerName.isBlank())) throw new BadRequestException(pages.msg("errSpeakerMissing"));
        String target = targetClusterId == null ? "" : targetClusterId.strip();
        if (WITH_TARGET.contains(kind) && !target.matches("[1-9][0-9]{0,17}")) {
            throw new BadRequestException(pages.msg("errTargetCluster"));
        }
        if (WITH_TARGET.contains(kind) && target.equals(id) && !kind.equals("move")) {
            throw new BadRequestException(pages.msg("errSameCluster"));
        }
        List<String> split = statementIds == null ? List.of() : statementIds.stream().filter(x -> x != null && !x.isBlank()).distinct().toList();
        if (kind.equals("split") && split.isEmpty()) throw new BadRequestException(pages.msg("errSplitNone"));
        ObjectNode body = mapper.createObjectNode();
        body.put("action", kind);
        if (ABOUT_STATEMENT.contains(kind)) body.put("statementId", statementId);
        if (kind.equals("speaker")) {
            body.put("speakerName", limit(speakerName.trim()));
            if (speakerEntityId != null && !speakerEntityId.isBlank()) body.put("speakerEntityId", speakerEntityId.trim());
        }
        if (WITH_TARGET.contains(kind)) body.put("targetClusterId", Long.parseLong(target));
        if (kind.equals("split")) split.forEach(body.putArray("statementIds")::add);
        body.put("note", note == null ? "" : limit(note));
        JsonNode shown = downstream.analysis(a -> a.decide(id, body, adminKey.bearer(), user));
        // the service answers the cluster to show: the target after a merge or move, else this one
        String next = Json.any(shown, "id");
        if (next.isEmpty() || !next.matches("[0-9A-Za-z_-]{1,40}")) next = id;
        return Redirects.seeOther(URI.create("/clusters/" + enc(next) + "#audit")).build();
    }

    /** The longest text the "find a statement" box takes (the analysis API's limit for q). */
    static final int FIND_MAX = 200;

    /**
     * The statements a reviewer can choose for merge, related and move: the related ones, those matching {@code find}
     * (its words, or its number), the same speaker's; a lookup that fails leaves its part out, not the page.
     */
    Choice targets(ClusterModel m, String find) {
        List<JsonNode> found = new java.util.ArrayList<>();
        int hits = -1;
        if (!find.isEmpty()) {
            JsonNode answer = quietly(find.matches("[1-9][0-9]{0,17}") ? a -> a.cluster(find, 0, 30)
                    : a -> a.clusters(null, null, 1, null, null, find, null, null, 0, RegroupTargets.MAX));
            found.add(answer);
            hits = RegroupTargets.of(m.withoutRelated(), List.of(answer == null ? mapper.nullNode() : answer)).size();
        }
        String speaker = m.entityId() != null && !m.entityId().isBlank() ? m.entityId()
                : m.speakerName() == null ? "" : m.speakerName();
        if (!speaker.isBlank()) {
            found.add(quietly(a -> a.clusters(null, speaker, 1, null, null, null, null, null, 0, RegroupTargets.MAX)));
        }
        return new Choice(RegroupTargets.of(m, found), hits);
    }

    /** The statements to choose from; {@code found}: how many the reviewer's words found (-1 = none asked for). */
    @io.quarkus.qute.TemplateData
    public record Choice(List<RegroupTargets.Target> targets, int found) {
        static final Choice NONE = new Choice(List.of(), -1);
    }

    private JsonNode quietly(java.util.function.Function<org.whosaid.web.client.AnalysisApi, JsonNode> call) {
        try {
            return downstream.analysis(call);
        } catch (RuntimeException e) {
            return null;
        }
    }

    ClusterModel load(String id) {
        JsonNode c = downstream.analysis(a -> a.cluster(id));
        return ClusterModel.of(c, null);
    }

    private static Views.StatementV withCluster(Views.StatementV s, String clusterId) {
        if (!s.clusterId().isEmpty()) return s;
        return new Views.StatementV(s.key(), s.id(), s.localId(), s.articleId(), s.outlet(), s.url(), s.publishedAt(), s.date(), s.form(),
                s.formKey(), s.formClass(), s.medium(), s.quote(), s.start(), s.end(), s.speakerText(), s.speakerName(),
                s.entityId(), s.cue(), s.chain(), s.evidence(), s.confidence(), clusterId, s.reviewStatus(), s.language(),
                s.title(), s.parentId());
    }

    /** whosaid.web.public-base-url without a trailing slash (not the request's Host header: issue 15 finding 10). */
    static String publicBase(WebConfig config) {
        String b = config.web().publicBaseUrl().strip();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    static String limit(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }

    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String enc(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
