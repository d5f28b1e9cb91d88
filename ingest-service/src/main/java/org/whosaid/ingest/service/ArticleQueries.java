package org.whosaid.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.whosaid.ingest.clean.Section;
import org.whosaid.ingest.store.Article;
import org.whosaid.ingest.store.ArticleVersion;

import java.time.*;
import java.util.*;

/** Reads articles, versions, sections and diffs. */
@ApplicationScoped
@Transactional
public class ArticleQueries {

    /** One row of {@code /versions}. */
    public record VersionInfo(int version, String contentHash, String title, String ingestedAt) {
    }

    /** The answer of {@code /diff}. */
    public record Diff(int from, int to, List<WordDiff.Op> ops) {
    }

    @Inject
    ObjectMapper json;

    public Slice<StoredArticle> list(int page, int size, String outlet, String from, String to, String q) {
        if (page < 0 || size < 1 || size > 200) {
            throw ApiException.badRequest("bad-paging", "page must be >= 0 and size between 1 and 200");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (outlet != null && !outlet.isBlank()) {
            where.append(" and lower(outlet) = :outlet");
            params.put("outlet", outlet.strip().toLowerCase(Locale.ROOT));
        }
        if (from != null && !from.isBlank()) {
            where.append(" and publishedUtc >= :from");
            params.put("from", instant(from, false));
        }
        if (to != null && !to.isBlank()) {
            where.append(" and publishedUtc < :to");
            params.put("to", instant(to, true));
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(title) like :q or lower(body) like :q)");
            params.put("q", "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        PanacheQuery<Article> query = Article.find(where.toString(), Sort.descending("id"), params);
        List<StoredArticle> items = query.page(Page.of(page, size)).list().stream().map(a -> view(a, false, null)).toList();
        return new Slice<>(items, query.count(), page, size);
    }

    private static Instant instant(String s, boolean endOfDay) {
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            throw ApiException.badRequest("bad-date", "\"" + s + "\" is not a date (YYYY-MM-DD or ISO-8601 with offset)");
        }
    }

    public StoredArticle get(long id) {
        Article a = find(id);
        return view(a, true, snapshot(id, a.version));
    }

    public Article find(long id) {
        Article a = Article.findById(id);
        if (a == null) {
            throw ApiException.notFound("no article " + id);
        }
        return a;
    }

    public String raw(long id) {
        Article a = find(id);
        ArticleVersion v = ArticleVersion.find(id, a.version).orElseThrow(() -> ApiException.notFound("no raw input for article " + id));
        return v.rawInput == null ? "" : v.rawInput;
    }

    public List<Section> sections(long id) {
        Article a = find(id);
        Snapshot s = snapshot(id, a.version);
        return s == null || s.sections() == null ? List.of() : s.sections();
    }

    public List<VersionInfo> versions(long id) {
        find(id);
        return ArticleVersion.ofArticle(id).stream()
                .map(v -> new VersionInfo(v.version, v.contentHash, v.title, v.ingestedAt.toString())).toList();
    }

    public StoredArticle version(long id, int version) {
        Article a = find(id);
        ArticleVersion v = ArticleVersion.find(id, version).orElseThrow(() -> ApiException.notFound("article " + id + " has no version " + version));
        Snapshot s = read(v.snapshot);
        return new StoredArticle(id, s.url(), s.outlet(), s.title(), s.kicker(), s.lead(), s.publishedAt(), s.language(),
                s.agencies(), s.authors(), s.text(), s.contentHash(), v.version, version == a.version ? a.analysisStatus : "superseded",
                null, a.copyOf, List.of(), v.ingestedAt.toString(), s.provenance());
    }

    public Diff diff(long id, int from, int to) {
        find(id);
        ArticleVersion a = ArticleVersion.find(id, from).orElseThrow(() -> ApiException.notFound("article " + id + " has no version " + from));
        ArticleVersion b = ArticleVersion.find(id, to).orElseThrow(() -> ApiException.notFound("article " + id + " has no version " + to));
        return new Diff(from, to, WordDiff.diff(read(a.snapshot).text(), read(b.snapshot).text()));
    }

    private Snapshot snapshot(long id, int version) {
        return ArticleVersion.find(id, version).map(v -> read(v.snapshot)).orElse(null);
    }

    private Snapshot read(String s) {
        try {
            return json.readValue(s, Snapshot.class);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable snapshot", e);
        }
    }

    private StoredArticle view(Article a, boolean full, Snapshot s) {
        List<Long> copies = full ? Article.<Article>list("copyOf = ?1 order by id", a.copyOf != null ? a.copyOf : a.id).stream()
                .map(x -> x.id).filter(x -> !x.equals(a.id)).toList() : List.of();
        if (full && a.copyOf != null) {
            List<Long> c = new ArrayList<>(copies);
            c.add(0, a.copyOf);
            copies = c;
        }
        return new StoredArticle(a.id, a.url, a.outlet, a.title, s == null ? null : s.kicker(), a.lead, a.publishedAt,
                a.language, OutletRegistry.split(a.agencies), OutletRegistry.split(a.authors), full ? a.body : null,
                a.contentHash, a.version, a.analysisStatus, a.analysisError, a.copyOf, copies, a.ingestedAt.toString(),
                full && s != null ? s.provenance() : null);
    }
}
