package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Grouping;
import org.whosaid.analysis.engine.align.Link;
import org.whosaid.analysis.engine.align.Relation;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.AlignIndex;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.ClusterLinkEntity;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementLinkEntity;
import org.whosaid.analysis.store.StatementPinEntity;

/**
 * Incremental alignment: each new statement gets its signature and blocking keys (stored in an indexed table);
 * candidates come from those keys only (bounded, never all pairs); the scored pairs are stored, and the article's
 * neighbourhood is grouped again from them by average linkage ({@link Grouping}), so that clusters do not depend on
 * the order articles arrive in and a rendering that joins two clusters lets them merge. RELATED links between
 * clusters are stored. Statements a person pinned stay where they were put.
 */
@ApplicationScoped
public class AlignmentService {

    private final Aligner aligner;
    private final AlignStore store;
    private final Views views;
    private final WhosaidConfig config;
    private final EntityManager em;
    private final Regrouper regrouper;

    public AlignmentService(Aligner aligner, AlignStore store, Views views, WhosaidConfig config, EntityManager em,
            Regrouper regrouper) {
        this.em = em;
        this.regrouper = regrouper;
        this.aligner = aligner;
        this.store = store;
        this.views = views;
        this.config = config;
    }

    /**
     * Aligns and persists the statements of one article (in the caller's transaction, under the alignment lock):
     * each is scored against its candidates, the scored pairs are stored, and the neighbourhood (these statements,
     * those they scored with, the other members of their clusters and of {@code alsoRegroup}) is grouped again by
     * {@link Grouping}.
     *
     * @param hints       quote key → cluster of the same quote in the article's previous analysis (kept when it still exists)
     * @param alsoRegroup clusters that lost members (the article's previous version) and are regrouped too
     * @return the clusters touched
     */
    public Set<Long> align(List<StatementEntity> statements, Map<String, Long> hints, Map<String, StatementPinEntity> pins,
            Set<Long> alsoRegroup) {
        em.flush(); // the candidate reads below run on the connection: they must see this transaction's changes
        Map<String, List<Scored>> related = new LinkedHashMap<>();
        Map<String, Map<String, Link>> same = new HashMap<>();
        Map<String, StatementView> viewOf = new HashMap<>();
        for (StatementEntity st : statements) {
            scoreOne(st, related, same, viewOf);
        }
        em.flush();
        Map<String, Long> hinted = new HashMap<>();
        for (StatementEntity st : statements) {
            Long h = hints.get(st.quoteKey);
            if (h != null) {
                hinted.put(st.id, h);
            }
        }
        Set<Long> touched = regroup(statements, alsoRegroup, hinted);
        // evidence of the grouping: each new statement's best pairs inside its cluster; related clusters
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Long> clusterOf = new HashMap<>();
        for (StatementEntity st : statements) {
            clusterOf.put(st.id, st.clusterId);
        }
        for (StatementEntity st : statements) {
            StatementPinEntity pin = pins.get(st.quoteKey);
            if (pin != null && st.clusterId != null && st.clusterId.equals(pin.pinnedClusterId)) {
                link(st.id, st.id, "SAME", 1.0, "pinned by a human decision", now);
            }
            Map<String, Link> pairs = same.getOrDefault(st.id, Map.of());
            List<String> ids = new ArrayList<>(pairs.keySet());
            Map<String, Long> others = clusters(ids, clusterOf);
            ids.sort(Comparator.comparingDouble((String id) -> -pairs.get(id).weight()).thenComparing(id -> id));
            int n = 0;
            for (String other : ids) {
                Link l = pairs.get(other);
                if (n < 5 && st.clusterId != null && st.clusterId.equals(others.get(other))) {
                    link(st.id, other, "SAME", l.score(), String.join("\n", readable(l, viewOf, st.id, other).evidence()), now);
                    n++;
                }
            }
            int r = 0;
            for (Scored s : related.getOrDefault(st.id, List.of())) {
                Long oc = others.get(s.otherId());
                if (oc == null) {
                    oc = clusters(List.of(s.otherId()), clusterOf).get(s.otherId());
                }
                if (oc != null && st.clusterId != null && !oc.equals(st.clusterId) && r++ < 5) {
                    relate(st.clusterId, oc, s.link().score(), "via " + st.id + " ~ " + s.otherId() + " ("
                            + s.link().relation() + ")\n"
                            + String.join("\n", readable(s.link(), viewOf, st.id, s.otherId()).evidence()), "auto");
                    touched.add(oc);
                }
            }
        }
        return touched;
    }

    /** The link with its matched words as they appear in the two quotes (kept links only: the compare stays lean). */
    private Link readable(Link l, Map<String, StatementView> viewOf, String a, String b) {
        StatementView va = viewOf.get(a), vb = viewOf.get(b);
        return va == null || vb == null ? l : aligner.readable(l, va, vb);
    }

    /** A compared candidate. */
    private record Scored(String otherId, Link link) {
    }

    /** The time a statement's blocking keys are stored and searched with: publication, else the utterance day, else now. */
    static OffsetDateTime keyTime(OffsetDateTime publishedAt, Signature sig) {
        if (publishedAt != null) {
            return publishedAt;
        }
        return sig.day() == null ? OffsetDateTime.now(ZoneOffset.UTC) : sig.day().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Signature, keys and terms of a new statement; its pairs with the stored candidates scored and kept. */
    private void scoreOne(StatementEntity st, Map<String, List<Scored>> related, Map<String, Map<String, Link>> same,
            Map<String, StatementView> viewOf) {
        StatementView view = Views.view(st);
        viewOf.put(st.id, view);
        Signature sig = aligner.signature(view);
        List<String> keys = new ArrayList<>(aligner.blockingKeys(view, sig));
        List<String> query = new ArrayList<>(aligner.queryKeys(view, sig));
        st.signature = views.write(sig);
        OffsetDateTime at = keyTime(st.publishedAt, sig);

        List<String> ids = store.candidates(query, at, st.articleId, config.analysis().maxRowsPerKey(),
                Math.min(config.analysis().maxCandidates(), aligner.config().maxCandidates()));
        List<Scored> scored = new ArrayList<>();
        for (AlignIndex.Candidate c : store.load(ids)) {
            StatementView other = c.view();
            Link link = aligner.compare(view, sig, other, views.signature(c.signature(), other));
            if (link.weight() > 0 || link.relation() != Relation.NONE) {
                scored.add(new Scored(c.id(), link));
                viewOf.put(c.id(), other);
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.link().weight()).thenComparing(Scored::otherId));
        Map<String, Double> edges = new LinkedHashMap<>();
        Map<String, Link> pairs = new LinkedHashMap<>();
        List<Scored> rel = new ArrayList<>();
        for (Scored s : scored) {
            if (s.link().weight() >= EDGE_MIN && edges.size() < config.analysis().maxEdgesPerStatement()) {
                edges.put(s.otherId(), s.link().weight());
                pairs.put(s.otherId(), s.link());
            } else if (s.link().relation() == Relation.RELATED) {
                rel.add(s);
            }
        }
        rel.sort(Comparator.comparingDouble((Scored s) -> -s.link().score()).thenComparing(Scored::otherId));
        same.put(st.id, pairs);
        related.put(st.id, rel);
        st.persist();
        store.insertKeys(st.id, st.articleId, at, keys);
        store.insertTerms(st.id, st.articleId, st.publishedAt, Texts.terms(st.quoteText, st.speakerName));
        store.insertEdges(st.id, edges);
    }

    /** Pairs lighter than this are not stored: they could not lift an average to the threshold. */
    static final double EDGE_MIN = 0.2;

    /**
     * Groups the neighbourhood of the given statements again ({@link Regrouper#regroup}).
     *
     * @return every cluster whose members changed
     */
    public Set<Long> regroup(List<StatementEntity> seeds, Set<Long> alsoRegroup, Map<String, Long> hints) {
        return regrouper.regroup(seeds, alsoRegroup, hints);
    }

    /** Clusters of the given statements: from the map when known, else read. */
    private static Map<String, Long> clusters(List<String> ids, Map<String, Long> known) {
        Map<String, Long> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (known.containsKey(id)) {
                out.put(id, known.get(id));
            } else {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += 200) {
            for (StatementEntity s : StatementEntity.<StatementEntity>list("id in ?1", missing.subList(from, Math.min(missing.size(), from + 200)))) {
                out.put(s.id, s.clusterId);
            }
        }
        return out;
    }

    private static void link(String a, String b, String relation, double score, String evidence, OffsetDateTime now) {
        StatementLinkEntity l = new StatementLinkEntity();
        l.statementId = a;
        l.otherId = b;
        l.relation = relation;
        l.score = score;
        l.evidence = evidence;
        l.createdAt = now;
        l.persist();
    }

    /** Stores (or strengthens) a RELATED link between two clusters. */
    public static void relate(long a, long b, double score, String evidence, String source) {
        if (a == b) {
            return;
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        ClusterLinkEntity l = ClusterLinkEntity.find("clusterA = ?1 and clusterB = ?2", lo, hi).firstResult();
        if (l == null) {
            l = new ClusterLinkEntity();
            l.clusterA = lo;
            l.clusterB = hi;
            l.score = score;
            l.evidence = evidence;
            l.source = source;
            l.createdAt = OffsetDateTime.now();
            l.persist();
        } else if ("human".equals(source) || (!"human".equals(l.source) && score > l.score)) {
            l.score = Math.max(score, l.score);
            l.evidence = evidence;
            l.source = source;
        }
    }
}
