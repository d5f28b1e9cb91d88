package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
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
import org.whosaid.web.service.Highlighter;
import org.whosaid.web.service.Views;

import java.util.ArrayList;
import java.util.List;

/** The article list and the article page: clean text with statements marked, their details, versions and diffs. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticleResource {
    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject WebConfig config;
    @Inject @Location("article.html") Template article;
    @Inject @Location("articles.html") Template articles;

    @TemplateData
    public record Version(int version, String title, String ingestedAt, String contentHash) {}

    @TemplateData
    public record DiffOp(String kind, String text) {
        public boolean ins() { return "insert".equals(kind); }
        public boolean del() { return "delete".equals(kind); }
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("outlet") String outlet,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        int size = config.web().pageSize();
        int p = Pager.checked(page, config.web().maxPage());
        JsonNode res = downstream.ingest(a -> a.articles(blank(q), blank(outlet), null, null, p, size));
        long total = Json.total(res);
        return articles.data("p", pages.ctx()).data("articles", Json.items(res).stream().map(Views::article).toList())
                .data("q", q == null ? "" : q).data("outlet", outlet == null ? "" : outlet)
                .data("pager", Pager.of(pages.ctx().path(), queryOf(q, outlet), p, size, total));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        JsonNode ingestArticle = downstream.ingest(a -> a.article(id));
        Views.ArticleV art = Views.article(ingestArticle);
        boolean analysisDown = false;
        JsonNode statementsNode = null;
        JsonNode analysed = null;
        List<JsonNode> raw = new ArrayList<>();
        try {
            statementsNode = downstream.analysisOrNull(a -> a.articleStatements(id, 0, STATEMENT_PAGE));
            if (statementsNode != null) {
                raw.addAll(Json.items(statementsNode));
                long total = Json.total(statementsNode);
                // an article with more statements than one page holds: read the rest (bounded)
                for (int pg = 1; raw.size() < total && pg < MAX_STATEMENT_PAGES; pg++) {
                    int page = pg;
                    JsonNode more = downstream.analysisOrNull(a -> a.articleStatements(id, page, STATEMENT_PAGE));
                    List<JsonNode> items = Json.items(more);
                    if (items.isEmpty()) break;
                    raw.addAll(items);
                }
                analysed = downstream.analysisOrNull(a -> a.article(id));
            }
        } catch (DownstreamException e) {
            if (!e.unreachable()) throw e;
            analysisDown = true;
        }
        String text = art.text();
        String analysedText = Json.text(analysed, "text");
        int analysedVersion = Json.intOf(analysed, "version", art.version());
        if (!analysedText.isEmpty()) text = analysedText;
        List<Views.StatementV> statements = new ArrayList<>();
        for (JsonNode s : raw) statements.add(Views.statement(s, id, art.outlet(), art.url(), art.publishedAt()));
        List<Highlighter.Segment> segments = Highlighter.segments(text, raw);

        List<Version> versions = new ArrayList<>();
        List<DiffOp> diff = List.of();
        if (art.version() > 1) {
            JsonNode vs = downstream.ingest(a -> a.versions(id));
            for (JsonNode v : Json.items(vs)) versions.add(new Version(Json.intOf(v, "version", 0), Json.text(v, "title"),
                    Views.date(Json.text(v, "ingestedAt")), Json.text(v, "contentHash")));
            int f = from == null ? art.version() - 1 : from;
            int t = to == null ? art.version() : to;
            if (f != t) {
                JsonNode d = downstream.ingest(a -> a.diff(id, f, t));
                diff = Json.list(d, "ops").stream().map(o -> new DiffOp(Json.text(o, "kind"), Json.text(o, "text"))).toList();
            }
        }
        return article.data("p", pages.ctx()).data("a", art).data("segments", segments).data("statements", statements)
                .data("analysed", statementsNode != null).data("analysisDown", analysisDown)
                .data("staleOffsets", !analysedText.isEmpty() && analysedVersion != art.version())
                .data("versions", versions).data("diff", diff)
                .data("diffFrom", from == null ? art.version() - 1 : from).data("diffTo", to == null ? art.version() : to);
    }

    /** The analysis API's default and largest page of one article's statements. */
    static final int STATEMENT_PAGE = 200;
    static final int MAX_STATEMENT_PAGES = 50;

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String queryOf(String q, String outlet) {
        String s = "";
        if (blank(q) != null) s = Pages.withParam("", s, "q", q.trim()).substring(1);
        if (blank(outlet) != null) s = Pages.withParam("", s, "outlet", outlet.trim()).substring(1);
        return s;
    }
}
