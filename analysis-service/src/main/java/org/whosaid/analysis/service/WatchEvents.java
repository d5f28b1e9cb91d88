package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.whosaid.analysis.store.ConflictEntity;
import org.whosaid.analysis.store.DecisionEntity;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.WatchEntity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What happened to a watched statement or speaker, read from the store: renderings (statements of the cluster, or
 * attributed to the speaker, timed by their article's analysis), conflicts of those clusters (timed by their
 * creation) and reviewers' speaker corrections (timed by the decision). Each query is bounded by the limit asked for.
 * Callers run it inside a transaction.
 */
@ApplicationScoped
public class WatchEvents {
    private static final int QUOTE_CHARS = 140;
    private final EntityManager em;
    private final ObjectMapper json;

    public WatchEvents(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The newest events, newest first, at most {@code limit}. */
    public List<WatchEvent> newest(WatchEntity w, int limit) {
        List<WatchEvent> all = read(w, null, limit, false);
        all.sort(Comparator.comparing(WatchEvent::at).thenComparing(WatchEvent::key).reversed());
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }

    /**
     * Events strictly after {@code after}, oldest first: at most {@code limit}, plus any that share the time of the last
     * one (so a later "after that time" loses none).
     */
    public List<WatchEvent> after(WatchEntity w, OffsetDateTime after, int limit) {
        List<WatchEvent> all = read(w, after, 2 * limit, true);
        all.sort(Comparator.comparing(WatchEvent::at).thenComparing(WatchEvent::key));
        if (all.size() <= limit) return all;
        int end = limit;
        while (end < all.size() && all.get(end).at().isEqual(all.get(limit - 1).at())) end++;
        return new ArrayList<>(all.subList(0, end));
    }

    private List<WatchEvent> read(WatchEntity w, OffsetDateTime after, int limit, boolean ascending) {
        boolean statement = w.kind.equals("statement");
        String order = ascending ? " asc" : " desc";
        String since = after == null ? "" : " and %s > :after";
        List<WatchEvent> out = new ArrayList<>();

        String renderings = "select s, a.analysedAt from StatementEntity s, ArticleEntity a where a.id = s.articleId"
                + " and a.analysedAt is not null and " + (statement ? "s.clusterId = :cluster" : "s.entityId = :entity")
                + since.formatted("a.analysedAt") + " order by a.analysedAt" + order;
        for (Object[] row : list(renderings, Object[].class, w, statement, after, limit)) {
            out.add(rendering((StatementEntity) row[0], (OffsetDateTime) row[1]));
        }
        String clusters = statement ? "c.clusterId = :cluster"
                : "c.clusterId in (select s.clusterId from StatementEntity s where s.entityId = :entity)";
        for (ConflictEntity x : list("select c from ConflictEntity c where c.createdAt is not null and " + clusters
                + since.formatted("c.createdAt") + " order by c.createdAt" + order, ConflictEntity.class, w, statement, after, limit)) {
            out.add(conflict(x));
        }
        String decided = statement ? "d.clusterId = :cluster"
                : "d.statementId in (select s.id from StatementEntity s where s.entityId = :entity)";
        for (DecisionEntity x : list("select d from DecisionEntity d where d.action = 'speaker' and " + decided
                + since.formatted("d.createdAt") + " order by d.createdAt" + order, DecisionEntity.class, w, statement, after, limit)) {
            out.add(speakerChange(x));
        }
        return out;
    }

    /** runs one of the three queries: the watched cluster or entity bound, and the time after which, at most limit rows */
    private <T> List<T> list(String jpql, Class<T> type, WatchEntity w, boolean statement, OffsetDateTime after, int limit) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        if (statement) q.setParameter("cluster", Long.parseLong(w.target));
        else q.setParameter("entity", w.target);
        if (after != null) q.setParameter("after", after);
        return q.setMaxResults(limit).getResultList();
    }

    private static WatchEvent rendering(StatementEntity s, OffsetDateTime at) {
        String quote = s.quoteText == null ? "" : s.quoteText.strip();
        if (quote.length() > QUOTE_CHARS) quote = quote.substring(0, QUOTE_CHARS - 1) + "…";
        String who = s.speakerName == null ? "speaker unknown" : s.speakerName;
        String title = (s.outlet == null ? "an outlet" : s.outlet) + ": " + who + " — “" + quote + "”";
        String summary = "New rendering (" + (s.form == null ? "statement" : s.form.toLowerCase(java.util.Locale.ROOT))
                + ") in " + (s.outlet == null ? "an outlet" : s.outlet) + (s.url == null ? "" : ", " + s.url);
        return new WatchEvent(at, "rendering", "rendering:" + s.id, title, summary, s.clusterId, s.id, s.url);
    }

    private WatchEvent conflict(ConflictEntity c) {
        StringBuilder values = new StringBuilder();
        try {
            List<Conflict.Value> vs = json.readValue(c.valuesJson, new TypeReference<>() {
            });
            for (Conflict.Value v : vs) {
                if (!values.isEmpty()) values.append(" vs ");
                values.append('“').append(v.value()).append("” (").append(String.join(", ", v.outlets())).append(')');
            }
        } catch (Exception e) {
            values.append("values unreadable");
        }
        String title = "Conflict (" + c.kind + ")" + (c.subject == null || c.subject.isBlank() ? "" : " on " + c.subject);
        return new WatchEvent(c.createdAt, "conflict", "conflict:" + c.id, title, values.toString(), c.clusterId, null, null);
    }

    private WatchEvent speakerChange(DecisionEntity d) {
        String from = null, to = null;
        try {
            Map<String, Object> p = d.payload == null ? Map.of() : json.readValue(d.payload, new TypeReference<>() {
            });
            from = p.get("from") == null ? null : String.valueOf(p.get("from"));
            to = p.get("to") == null ? null : String.valueOf(p.get("to"));
        } catch (Exception e) {
            // an unreadable payload still tells that the speaker was corrected
        }
        String title = "Speaker corrected: " + (from == null ? "unknown" : from) + " → " + (to == null ? "?" : to);
        String summary = "by " + d.actor + (d.note == null || d.note.isBlank() ? "" : ": " + d.note);
        return new WatchEvent(d.createdAt, "speaker", "speaker:" + d.id, title, summary, d.clusterId, d.statementId, null);
    }
}
