package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.Json;
import org.whosaid.web.config.WebConfig;
import org.whosaid.web.service.ClusterModel;
import org.whosaid.web.service.Exports;
import org.whosaid.web.service.Views;

import java.util.ArrayList;
import java.util.List;

/** Full-text search over statements with filters; every filter is a query parameter, so result URLs can be shared. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {
    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject WebConfig config;
    @Inject ObjectMapper mapper;
    @Inject @Location("search.html") Template search;

    /** The orders the analysis API answers in: newest first (default), oldest first, most outlets first. */
    public static final List<String> SORTS = List.of("newest", "oldest", "outlets");

    /** The filters as the form and the URL carry them. */
    @TemplateData
    public static class Filters {
        @QueryParam("q") public String q;
        @QueryParam("speaker") public String speaker;
        @QueryParam("entityId") public String entityId;
        @QueryParam("outlet") public String outlet;
        @QueryParam("from") public String from;
        @QueryParam("to") public String to;
        @QueryParam("form") public String form;
        @QueryParam("hasConflict") public String hasConflict;
        @QueryParam("reviewStatus") public String reviewStatus;
        @QueryParam("sort") public String sort;
        @QueryParam("page") public Integer page;

        public String q() { return n(q); }
        public String speaker() { return n(speaker); }
        public String entityId() { return n(entityId); }
        public String outlet() { return n(outlet); }
        public String from() { return date(from); }
        public String to() { return date(to); }
        public String form() { return n(form); }
        public boolean conflictOnly() { return "true".equals(hasConflict) || "on".equals(hasConflict); }
        public String reviewStatus() { return n(reviewStatus); }
        /** One of {@link #SORTS}; anything else is the default (newest first, ""). */
        public String sort() { return SORTS.contains(n(sort)) && !"newest".equals(n(sort)) ? n(sort) : ""; }
        /** The order the form shows as chosen. */
        public String order() { return sort().isEmpty() ? "newest" : sort(); }
        public int pageNo() { return page == null ? 0 : Math.max(0, page); }

        public boolean any() {
            return !(q().isEmpty() && speaker().isEmpty() && entityId().isEmpty() && outlet().isEmpty() && from().isEmpty()
                    && to().isEmpty() && form().isEmpty() && !conflictOnly() && reviewStatus().isEmpty());
        }

        /** The query string of these filters without page (for pagers and export links). */
        public String query() {
            String s = "";
            s = add(s, "q", q());
            s = add(s, "speaker", speaker());
            s = add(s, "entityId", entityId());
            s = add(s, "outlet", outlet());
            s = add(s, "from", from());
            s = add(s, "to", to());
            s = add(s, "form", form());
            s = add(s, "hasConflict", conflictOnly() ? "true" : "");
            s = add(s, "reviewStatus", reviewStatus());
            s = add(s, "sort", sort());
            return s;
        }

        private static String add(String s, String k, String v) {
            if (v.isEmpty()) return s;
            String r = Pages.withParam("", s, k, v);
            return r.startsWith("?") ? r.substring(1) : r;
        }

        private static String n(String s) {
            return s == null ? "" : s.trim();
        }

        /** Only ISO dates (yyyy-MM-dd) pass; anything else is ignored rather than sent on (as on the clusters list). */
        private static String date(String s) {
            String d = ClusterResource.isoDay(s);
            return d == null ? "" : d;
        }
    }

    @GET
    public TemplateInstance page(@BeanParam Filters f) {
        int size = config.web().pageSize();
        Pager.checked(f.pageNo(), config.web().maxPage());
        List<Views.StatementV> results = List.of();
        long total = 0;
        boolean capped = false;
        if (f.any()) {
            JsonNode res = fetch(f, f.pageNo(), size);
            results = Json.items(res).stream().map(Views::statement).toList();
            total = Json.total(res);
            capped = Json.bool(res, "totalCapped");
        }
        return search.data("p", pages.ctx()).data("f", f).data("results", results).data("searched", f.any())
                .data("total", total).data("capped", capped).data("statuses", ClusterModel.STATUSES)
                .data("forms", List.of("Direct", "Indirect", "FreeIndirect", "Reported")).data("sorts", SORTS)
                .data("pager", Pager.of("/search", f.query(), f.pageNo(), size, total, capped && results.size() == size))
                .data("exportQuery", f.query());
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response csv(@BeanParam Filters f, @Context UriInfo uri) {
        return Response.ok(Exports.csv(all(f), ClusterResource.publicBase(config))).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statements.csv\"").build();
    }

    @GET
    @Path("/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@BeanParam Filters f, @Context UriInfo uri) {
        var root = mapper.createObjectNode();
        root.put("query", f.query());
        root.set("statements", Exports.json(mapper, all(f), ClusterResource.publicBase(config)));
        return Response.ok(root.toPrettyString()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"statements.json\"").build();
    }

    private List<Views.StatementV> all(Filters f) {
        List<Views.StatementV> out = new ArrayList<>();
        int max = config.web().exportMax();
        for (int page = 0; out.size() < max; page++) {
            JsonNode res = fetch(f, page, 200);
            List<JsonNode> items = Json.items(res);
            items.stream().limit(max - out.size()).map(Views::statement).forEach(out::add);
            if (items.size() < 200 || ((long) (page + 1) * 200 >= Json.total(res) && !Json.bool(res, "totalCapped"))) break;
        }
        return out;
    }

    private JsonNode fetch(Filters f, int page, int size) {
        return downstream.analysis(a -> a.statements(e(f.q()), e(f.speaker()), e(f.entityId()), e(f.outlet()),
                e(f.from()), e(f.to()), e(f.form()), f.conflictOnly() ? Boolean.TRUE : null, e(f.reviewStatus()), e(f.sort()), page, size));
    }

    private static String e(String s) {
        return s.isEmpty() ? null : s;
    }
}
