package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Link;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementLinkEntity;
import org.whosaid.analysis.store.StatementPinEntity;

/**
 * The evidence of a grouping, stored once the new statements have their clusters: a pinned statement's link to
 * itself, each new statement's best pairs inside its cluster (SAME, with the matched words), and RELATED links from
 * its cluster to the clusters of its related candidates.
 */
@ApplicationScoped
public class AlignmentEvidence {

    private final Aligner aligner;

    public AlignmentEvidence(Aligner aligner) {
        this.aligner = aligner;
    }

    /**
     * Stores the evidence for the given (grouped) statements of one article.
     *
     * @param touched the clusters touched so far; the clusters a RELATED link was stored to are added
     */
    void store(List<StatementEntity> statements, Map<String, StatementPinEntity> pins, StatementScorer.Scores scores,
            Set<Long> touched) {
        Map<String, List<StatementScorer.Scored>> related = scores.related();
        Map<String, Map<String, Link>> same = scores.same();
        Map<String, StatementView> viewOf = scores.viewOf();
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
            for (StatementScorer.Scored s : related.getOrDefault(st.id, List.of())) {
                Long oc = others.get(s.otherId());
                if (oc == null) {
                    oc = clusters(List.of(s.otherId()), clusterOf).get(s.otherId());
                }
                if (oc != null && st.clusterId != null && !oc.equals(st.clusterId) && r++ < 5) {
                    ClusterLinks.relate(st.clusterId, oc, s.link().score(), "via " + st.id + " ~ " + s.otherId() + " ("
                            + s.link().relation() + ")\n"
                            + String.join("\n", readable(s.link(), viewOf, st.id, s.otherId()).evidence()), "auto");
                    touched.add(oc);
                }
            }
        }
    }

    /** The link with its matched words as they appear in the two quotes (kept links only: the compare stays lean). */
    private Link readable(Link l, Map<String, StatementView> viewOf, String a, String b) {
        StatementView va = viewOf.get(a), vb = viewOf.get(b);
        return va == null || vb == null ? l : aligner.readable(l, va, vb);
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
}
