package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.engine.align.ConflictFinder;
import org.whosaid.analysis.engine.align.Fact;
import org.whosaid.analysis.engine.align.FactConflict;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.QuotedWordChange;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.ClusterLinkEntity;
import org.whosaid.analysis.store.ConflictEntity;
import org.whosaid.analysis.store.StatementEntity;

/**
 * Recomputes what a cluster says about itself after its members changed: the speaker most outlets name, the reference
 * rendering (a person-marked primary source, else the earliest full direct rendering), counts, time span, and its
 * conflicts (speaker, content, facts). Empty clusters are removed.
 */
@ApplicationScoped
public class ClusterService {

    /** Conflicts compared pairwise in a cluster are bounded to this many members. */
    static final int MAX_PAIRWISE = 40;

    private final ConflictFinder finder;
    private final ConflictWriter conflicts;
    private final Views views;

    public ClusterService(ConflictFinder finder, ConflictWriter conflicts, Views views) {
        this.finder = finder;
        this.conflicts = conflicts;
        this.views = views;
    }

    public static String scope(long clusterId) {
        return "cluster:" + clusterId;
    }

    public void recompute(Collection<Long> ids) {
        for (Long id : new TreeSet<>(ids)) {
            recompute(id);
        }
    }

    public void recompute(long id) {
        ClusterEntity c = ClusterEntity.findById(id);
        if (c == null) {
            return;
        }
        List<StatementEntity> members = StatementEntity.list("clusterId = ?1 order by publishedAt, id", id);
        conflicts.clear(scope(id));
        if (members.isEmpty()) {
            ClusterLinkEntity.delete("clusterA = ?1 or clusterB = ?1", id);
            c.delete();
            return;
        }
        c.statementCount = members.size();
        c.outletCount = (int) members.stream().map(ClusterService::outletOf).distinct().count();
        c.firstPublished = members.stream().map(s -> s.publishedAt).filter(x -> x != null).min(Comparator.naturalOrder()).orElse(null);
        c.lastPublished = members.stream().map(s -> s.publishedAt).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
        c.updatedAt = OffsetDateTime.now();

        boolean conflict = speakers(c, members, id);
        reference(c, members);
        List<StatementEntity> bounded = members.size() > MAX_PAIRWISE ? members.subList(0, MAX_PAIRWISE) : members;
        Map<String, StatementView> v = new HashMap<>();
        for (StatementEntity s : bounded) {
            v.put(s.id, Views.view(s));
        }
        conflict |= contentConflicts(bounded, v, id);
        conflict |= quotedWordConflicts(bounded, v, id);
        conflict |= factConflicts(bounded, members, v, id);
        c.hasConflict = conflict;
    }

    /** The cluster's speaker is the one most outlets name; others make a speaker (or attribution) conflict. */
    private boolean speakers(ClusterEntity c, List<StatementEntity> members, long id) {
        Map<String, List<StatementEntity>> bySpeaker = new LinkedHashMap<>();
        for (StatementEntity s : members) {
            if (s.speakerName != null && !s.speakerName.isBlank()) {
                bySpeaker.computeIfAbsent(speakerKey(s), k -> new ArrayList<>()).add(s);
            }
        }
        List<Map.Entry<String, List<StatementEntity>>> ranked = new ArrayList<>(bySpeaker.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, List<StatementEntity>> e) -> e.getValue().stream()
                .map(ClusterService::outletOf).distinct().count()).reversed()
                .thenComparingInt(e -> -e.getValue().size()));
        if (ranked.isEmpty()) {
            c.speakerName = null;
            c.speakerEntityId = null;
        } else {
            List<StatementEntity> top = ranked.get(0).getValue();
            c.speakerEntityId = top.get(0).entityId;
            c.speakerName = mostCommon(top.stream().map(s -> s.speakerName).toList());
        }
        boolean conflict = false;
        if (ranked.size() > 1) {
            List<Conflict.Value> values = new ArrayList<>();
            for (Map.Entry<String, List<StatementEntity>> e : ranked) {
                values.add(value(mostCommon(e.getValue().stream().map(s -> s.speakerName).toList()), e.getValue()));
            }
            // an institution and its spokesperson ("der Kreml" / "Kremlsprecher Peskow") is an attribution difference
            String kind = finder.speakerDifferenceKind(members.stream().map(Views::view).toList());
            conflicts.add(scope(id), kind, ("attribution".equals(kind) ? "attributed to: " : "who said: ")
                    + Texts.excerpt(members.get(0).quoteText, 120), id, values);
            conflict |= "speaker".equals(kind);
        }
        return conflict;
    }

    /** The reference rendering: the one a person marked, else the earliest full direct one, else the earliest. */
    private static void reference(ClusterEntity c, List<StatementEntity> members) {
        StatementEntity ref = null;
        if (c.referenceMarked) {
            for (StatementEntity s : members) {
                if (s.id.equals(c.referenceStatementId) || s.quoteKey.equals(c.referenceQuoteKey)) {
                    ref = s;
                }
            }
            if (ref == null) {
                c.referenceMarked = false;
            }
        }
        if (ref != null) {
            c.referenceReason = "marked as primary source by a person";
        } else {
            ref = members.stream().filter(s -> "Direct".equals(s.form)).min(earliestLongest()).orElse(null);
            if (ref != null) {
                // the time in UTC: the same text whether the statement was just written (its offset as published) or read back
                // from PostgreSQL (which returns UTC)
                c.referenceReason = "earliest full direct rendering (" + outletOf(ref) + ", "
                        + (ref.publishedAt == null ? null : ref.publishedAt.toInstant()) + ")";
            } else {
                ref = members.stream().min(earliestLongest()).orElseThrow();
                c.referenceReason = "earliest rendering; no direct quote in the cluster (" + outletOf(ref) + ")";
            }
        }
        c.referenceStatementId = ref.id;
        c.referenceQuoteKey = ref.quoteKey;
    }

    /** Content conflicts: one rendering says the opposite of another (at most five per cluster). */
    private boolean contentConflicts(List<StatementEntity> bounded, Map<String, StatementView> v, long id) {
        Map<String, Signature> sig = new HashMap<>();
        Map<String, ConflictFinder.Polarity> pol = new HashMap<>();
        for (StatementEntity s : bounded) {
            StatementView view = v.get(s.id);
            sig.put(s.id, views.signature(s.signature, view));
            pol.put(s.id, finder.polarity(view));
        }
        boolean conflict = false;
        int contentConflicts = 0;
        for (int i = 0; i < bounded.size() && contentConflicts < 5; i++) {
            for (int j = i + 1; j < bounded.size() && contentConflicts < 5; j++) {
                StatementEntity a = bounded.get(i);
                StatementEntity b = bounded.get(j);
                if (a.articleId != b.articleId && finder.contentConflict(pol.get(a.id), sig.get(a.id), pol.get(b.id), sig.get(b.id))) {
                    conflicts.add(scope(id), "content", "what was said", id,
                            List.of(value(Texts.excerpt(a.quoteText, 200), List.of(a)),
                                    value(Texts.excerpt(b.quoteText, 200), List.of(b))));
                    contentConflicts++;
                    conflict = true;
                }
            }
        }
        return conflict;
    }

    /**
     * Key words changed inside one direct quote between outlets ({@link QuotedWordChange}: "Deich" / "Damm"), one
     * conflict per changed word pair (at most five per cluster).
     */
    private boolean quotedWordConflicts(List<StatementEntity> bounded, Map<String, StatementView> v, long id) {
        Map<String, List<List<StatementEntity>>> byChange = new LinkedHashMap<>();
        Map<String, QuotedWordChange.Change> changes = new HashMap<>();
        for (int i = 0; i < bounded.size(); i++) {
            for (int j = i + 1; j < bounded.size() && byChange.size() < 5; j++) {
                StatementEntity a = bounded.get(i), b = bounded.get(j);
                if (a.articleId == b.articleId) continue;
                QuotedWordChange.Change c = QuotedWordChange.between(v.get(a.id), v.get(b.id));
                if (c == null) continue;
                if (c.first().compareTo(c.second()) > 0) { // one conflict per word pair, whichever rendering came first
                    c = new QuotedWordChange.Change(c.around(), c.second(), c.first());
                    StatementEntity t = a;
                    a = b;
                    b = t;
                }
                String key = c.first() + "|" + c.second();
                changes.putIfAbsent(key, c);
                List<List<StatementEntity>> sides = byChange.computeIfAbsent(key, k -> List.of(new ArrayList<>(), new ArrayList<>()));
                if (!sides.get(0).contains(a)) sides.get(0).add(a);
                if (!sides.get(1).contains(b)) sides.get(1).add(b);
            }
        }
        byChange.forEach((key, sides) -> {
            QuotedWordChange.Change c = changes.get(key);
            conflicts.add(scope(id), "quote", c.subject(), id,
                    List.of(value(c.first(), sides.get(0)), value(c.second(), sides.get(1))));
        });
        return !byChange.isEmpty();
    }

    /** Fact conflicts: numbers, dates, weekdays, places, roles that differ between renderings. */
    private boolean factConflicts(List<StatementEntity> bounded, List<StatementEntity> members, Map<String, StatementView> v,
            long id) {
        boolean conflict = false;
        List<Fact> facts = new ArrayList<>();
        for (StatementEntity s : bounded) {
            facts.addAll(finder.facts(v.get(s.id)));
        }
        Map<String, StatementEntity> byId = new HashMap<>();
        members.forEach(s -> byId.put(s.id, s));
        for (FactConflict fc : finder.conflicts(facts)) {
            List<Conflict.Value> values = new ArrayList<>();
            for (Map.Entry<String, List<Fact>> e : fc.byValue().entrySet()) {
                values.add(new Conflict.Value(e.getKey(),
                        e.getValue().stream().map(Fact::outlet).filter(x -> x != null).distinct().toList(),
                        e.getValue().stream().map(Fact::articleId).distinct().toList(),
                        e.getValue().stream().map(Fact::statementId).distinct().toList()));
            }
            conflicts.add(scope(id), fc.kind(), fc.subject(), id, values);
            conflict = true;
        }
        return conflict;
    }

    static Conflict.Value value(String value, List<StatementEntity> statements) {
        Set<String> outlets = new LinkedHashSet<>();
        Set<Long> articles = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (StatementEntity s : statements) {
            outlets.add(outletOf(s));
            articles.add(s.articleId);
            ids.add(s.id);
        }
        return new Conflict.Value(value, List.copyOf(outlets), List.copyOf(articles), ids);
    }

    /**
     * Who a rendering's speaker is, for the cluster's speaker and its speaker conflicts: the surname's sound
     * (Putin = Wladimir Putin, Uschakow = Ushakov), so that one person split into two registry entries, or spelled
     * in two languages, is no "different speaker"; a first-name difference is a name conflict, reported apart.
     */
    static String speakerKey(StatementEntity s) {
        String[] words = s.speakerName.trim().split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        return last.isEmpty() ? "name:" + Names.fold(s.speakerName) : "surname:" + Names.phoneticKey(last);
    }

    static String outletOf(StatementEntity s) {
        return s.outlet != null && !s.outlet.isBlank() ? s.outlet : "article " + s.articleId;
    }

    private static Comparator<StatementEntity> earliestLongest() {
        return Comparator.comparing((StatementEntity s) -> s.publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> -s.quoteText.length()).thenComparing(s -> s.id);
    }

    static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        values.forEach(x -> counts.merge(x, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    public List<Conflict> conflictsOf(long clusterId) {
        List<ConflictEntity> rows = ConflictEntity.list("clusterId = ?1 order by id", clusterId);
        return rows.stream().map(conflicts::read).toList();
    }
}
