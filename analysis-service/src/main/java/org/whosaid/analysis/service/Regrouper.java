package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.AlsoRenders;
import org.whosaid.analysis.engine.align.Grouping;
import org.whosaid.analysis.store.AlsoStore;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementPinEntity;

/**
 * Groups a neighbourhood of statements into clusters again by average linkage ({@link Grouping}) and gives each group
 * its cluster id: the pinned cluster of a member, else the one most members had, else a new cluster.
 */
@ApplicationScoped
public class Regrouper {

    private final Neighbourhood neighbourhood;
    private final Aligner aligner;
    private final EntityManager em;
    private final AlsoStore also;

    public Regrouper(Neighbourhood neighbourhood, Aligner aligner, EntityManager em, AlsoStore also) {
        this.neighbourhood = neighbourhood;
        this.aligner = aligner;
        this.em = em;
        this.also = also;
    }

    /**
     * Groups the neighbourhood of the given statements again: they, the statements they share a stored pair with, the
     * other members of all their clusters and of {@code alsoRegroup} (at most {@code max-regroup}, nearest first).
     * Statements a person pinned stay in their cluster; every group keeps the id most of its members had (a new
     * statement's previous-analysis cluster counts for it), else gets a new cluster.
     *
     * @return every cluster whose members changed
     */
    public Set<Long> regroup(List<StatementEntity> seeds, Set<Long> alsoRegroup, Map<String, Long> hints) {
        Neighbourhood.Found found = neighbourhood.of(seeds, alsoRegroup);
        Map<String, StatementEntity> nodes = found.nodes();
        List<Grouping.Edge> among = found.among();
        Set<Long> clusterIds = found.clusterIds();
        Map<String, StatementPinEntity> pins = pins(nodes.values());
        Map<String, Long> pinned = new HashMap<>();
        List<Grouping.Node> gn = new ArrayList<>();
        for (StatementEntity s : nodes.values()) {
            StatementPinEntity p = pins.get(s.id);
            Long pin = p == null || p.pinnedClusterId == null || ClusterEntity.findById(p.pinnedClusterId) == null
                    ? null : p.pinnedClusterId;
            if (pin != null) {
                pinned.put(s.id, pin);
            }
            gn.add(new Grouping.Node(s.id, s.articleId, pin, s.clusterId != null ? s.clusterId : hints.get(s.id),
                    p == null ? Set.of() : rejected(p)));
        }
        Set<Long> touched = new LinkedHashSet<>(clusterIds);
        Set<Long> used = new HashSet<>();
        List<List<String>> groups = Grouping.cluster(gn, among, aligner.config().sameThreshold());
        List<Long> ids = new ArrayList<>();
        for (List<String> group : groups) {
            Long id = null;
            for (String m : group) {
                if (pinned.containsKey(m)) {
                    id = pinned.get(m);
                    break;
                }
            }
            if (id == null) {
                id = majority(group, nodes, hints, used);
            }
            if (id == null || ClusterEntity.findById(id) == null) {
                ClusterEntity c = new ClusterEntity();
                c.updatedAt = OffsetDateTime.now();
                c.persist();
                id = c.id;
            }
            used.add(id);
            for (String m : group) {
                StatementEntity s = nodes.get(m);
                if (!id.equals(s.clusterId)) {
                    if (s.clusterId != null) {
                        touched.add(s.clusterId);
                    }
                    s.clusterId = id;
                }
            }
            touched.add(id);
            ids.add(id);
        }
        em.flush();
        storeAlso(groups, ids, gn, among);
        return touched;
    }

    /**
     * Lists each rendering of the neighbourhood that also carries another group's utterance in that group's cluster
     * ({@link AlsoRenders}), unless a person took it out of that cluster or pinned it.
     */
    private void storeAlso(List<List<String>> groups, List<Long> ids, List<Grouping.Node> nodes, List<Grouping.Edge> among) {
        Map<String, Long> articleOf = new HashMap<>();
        Map<String, Grouping.Node> byId = new HashMap<>();
        for (Grouping.Node n : nodes) {
            articleOf.put(n.id(), n.articleId());
            byId.put(n.id(), n);
        }
        List<AlsoStore.Row> rows = new ArrayList<>();
        for (AlsoRenders.Also a : AlsoRenders.find(groups, articleOf, among, aligner.config().alsoThreshold())) {
            Grouping.Node n = byId.get(a.statementId());
            long cluster = ids.get(a.group());
            if (n.pinnedCluster() == null && !n.rejects().contains(cluster)) {
                rows.add(new AlsoStore.Row(a.statementId(), cluster, a.weight()));
            }
        }
        also.replace(byId.keySet(), rows);
    }

    /** The cluster most members of a group were in (a hint counts for its statement), not yet given to another group. */
    private static Long majority(List<String> group, Map<String, StatementEntity> nodes, Map<String, Long> hints, Set<Long> used) {
        Map<Long, Integer> votes = new java.util.TreeMap<>();
        for (String m : group) {
            Long c = nodes.get(m).clusterId != null ? nodes.get(m).clusterId : hints.get(m);
            if (c != null && !used.contains(c)) {
                votes.merge(c, 1, Integer::sum);
            }
        }
        Long best = null;
        int n = 0;
        for (Map.Entry<Long, Integer> e : votes.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** Statement id → what people decided about it (pins are kept per article and quote). */
    private static Map<String, StatementPinEntity> pins(java.util.Collection<StatementEntity> statements) {
        Map<Long, List<StatementEntity>> byArticle = new HashMap<>();
        for (StatementEntity s : statements) {
            byArticle.computeIfAbsent(s.articleId, k -> new ArrayList<>()).add(s);
        }
        Map<String, StatementPinEntity> out = new HashMap<>();
        List<Long> articles = new ArrayList<>(byArticle.keySet());
        for (int from = 0; from < articles.size(); from += 200) {
            for (StatementPinEntity p : StatementPinEntity.<StatementPinEntity>list("articleId in ?1",
                    articles.subList(from, Math.min(articles.size(), from + 200)))) {
                for (StatementEntity s : byArticle.get(p.articleId)) {
                    if (p.quoteKey.equals(s.quoteKey)) {
                        out.put(s.id, p);
                    }
                }
            }
        }
        return out;
    }

    private static Set<Long> rejected(StatementPinEntity p) {
        Set<Long> out = new HashSet<>();
        if (p.rejectedClusters != null) {
            for (String x : p.rejectedClusters.split(",")) {
                if (!x.isBlank()) {
                    out.add(Long.parseLong(x.trim()));
                }
            }
        }
        return out;
    }
}
