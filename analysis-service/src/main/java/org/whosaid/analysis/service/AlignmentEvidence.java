package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Link;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.EvidenceRows;
import org.whosaid.analysis.store.RelatedLinks;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementPinEntity;

/**
 * The evidence of a grouping, stored once the new statements have their clusters: a pinned statement's link to
 * itself, each new statement's best pairs inside its cluster (SAME, with the matched words), and RELATED links from
 * its cluster to the clusters of its related candidates.
 */
@ApplicationScoped
public class AlignmentEvidence {

    private final Aligner aligner;
    private final AlignStore store;

    public AlignmentEvidence(Aligner aligner, AlignStore store) {
        this.aligner = aligner;
        this.store = store;
    }

    /**
     * Stores the evidence for the given (grouped) statements of one article: the clusters of the other statements it
     * names are read at once, the statement links are written as one batch and the RELATED cluster links once
     * ({@link RelatedLinks}: the rows that relating them one by one, as {@link ClusterLinks#relate}, would leave).
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
        Set<String> others = new LinkedHashSet<>();
        for (StatementEntity st : statements) {
            others.addAll(same.getOrDefault(st.id, Map.of()).keySet());
            for (StatementScorer.Scored s : related.getOrDefault(st.id, List.of())) {
                others.add(s.otherId());
            }
        }
        others.removeAll(clusterOf.keySet());
        clusterOf.putAll(store.clustersOf(others));
        List<EvidenceRows.Link> links = new ArrayList<>();
        RelatedLinks relatedLinks = new RelatedLinks();
        for (StatementEntity st : statements) {
            StatementPinEntity pin = pins.get(st.quoteKey);
            if (pin != null && st.clusterId != null && st.clusterId.equals(pin.pinnedClusterId)) {
                links.add(new EvidenceRows.Link(st.id, st.id, "SAME", 1.0, "pinned by a human decision"));
            }
            Map<String, Link> pairs = same.getOrDefault(st.id, Map.of());
            List<String> ids = new ArrayList<>(pairs.keySet());
            ids.sort(Comparator.comparingDouble((String id) -> -pairs.get(id).weight()).thenComparing(id -> id));
            int n = 0;
            for (String other : ids) {
                Link l = pairs.get(other);
                if (n < 5 && st.clusterId != null && st.clusterId.equals(clusterOf.get(other))) {
                    links.add(new EvidenceRows.Link(st.id, other, "SAME", l.score(),
                            String.join("\n", readable(l, viewOf, st.id, other).evidence())));
                    n++;
                }
            }
            int r = 0;
            for (StatementScorer.Scored s : related.getOrDefault(st.id, List.of())) {
                Long oc = clusterOf.get(s.otherId());
                if (oc != null && st.clusterId != null && !oc.equals(st.clusterId) && r++ < 5) {
                    relatedLinks.relate(st.clusterId, oc, s.link().score(), "via " + st.id + " ~ " + s.otherId() + " ("
                            + s.link().relation() + ")\n"
                            + String.join("\n", readable(s.link(), viewOf, st.id, s.otherId()).evidence()));
                    touched.add(oc);
                }
            }
        }
        store.storeEvidence(links, relatedLinks, now);
    }

    /** The link with its matched words as they appear in the two quotes (kept links only: the compare stays lean). */
    private Link readable(Link l, Map<String, StatementView> viewOf, String a, String b) {
        StatementView va = viewOf.get(a), vb = viewOf.get(b);
        return va == null || vb == null ? l : aligner.readable(l, va, vb);
    }
}
