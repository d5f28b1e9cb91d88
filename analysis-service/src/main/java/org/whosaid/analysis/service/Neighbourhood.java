package org.whosaid.analysis.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.align.Grouping;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.StatementEntity;

/**
 * The statements a regrouping looks at: the connected neighbourhood of some seed statements, statements joined by a
 * stored pair or a shared cluster, read breadth first up to {@code max-regroup}; with the stored pairs among them.
 */
@ApplicationScoped
public class Neighbourhood {

    private final AlignStore store;
    private final WhosaidConfig config;

    public Neighbourhood(AlignStore store, WhosaidConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * What was found: the statements by id (in the order they were reached), the stored pairs among them, and the
     * clusters they are in or that were read whole.
     */
    record Found(Map<String, StatementEntity> nodes, List<Grouping.Edge> among, Set<Long> clusterIds) {
    }

    /**
     * The seeds, the statements they share a stored pair with, the other members of all their clusters and of
     * {@code alsoRegroup} (at most {@code max-regroup}, nearest first).
     */
    Found of(List<StatementEntity> seeds, Set<Long> alsoRegroup) {
        // the connected neighbourhood: statements joined by a stored pair or a shared cluster, breadth first from the
        // seeds (nearest first, ids in order within a step) up to max-regroup; clusters form within it only
        Walk w = new Walk(config.analysis().maxRegroup());
        Set<String> frontier = new java.util.TreeSet<>();
        for (StatementEntity s : seeds) {
            w.nodes.put(s.id, s);
            frontier.add(s.id);
        }
        Set<Long> pendingClusters = new java.util.TreeSet<>(alsoRegroup);
        while ((!frontier.isEmpty() || !pendingClusters.isEmpty()) && !w.full()) {
            Set<String> next = new java.util.TreeSet<>();
            for (StatementEntity s : w.nodes.values()) {
                if (frontier.contains(s.id) && s.clusterId != null && !w.clusterIds.contains(s.clusterId)) {
                    pendingClusters.add(s.clusterId);
                }
            }
            for (Long c : pendingClusters) {
                if (w.clusterIds.add(c)) {
                    w.reach(StatementEntity.<StatementEntity>list("clusterId = ?1 order by id", c), next);
                }
            }
            pendingClusters.clear();
            List<String> p = new ArrayList<>(w.pairsOf(frontier));
            for (int from = 0; from < p.size() && !w.full(); from += 200) {
                List<StatementEntity> found = new ArrayList<>(StatementEntity.<StatementEntity>list("id in ?1",
                        p.subList(from, Math.min(p.size(), from + 200))));
                found.sort(Comparator.comparing((StatementEntity s) -> s.id));
                w.reach(found, next);
            }
            frontier = next;
        }
        w.pairsOf(frontier); // pairs among the nodes (those of the last step were not read yet)
        Set<String> inside = w.nodes.keySet();
        w.among.removeIf(e -> !inside.contains(e.a()) || !inside.contains(e.b()));
        for (StatementEntity s : w.nodes.values()) {
            if (s.clusterId != null) {
                w.clusterIds.add(s.clusterId);
            }
        }
        return new Found(w.nodes, w.among, w.clusterIds);
    }

    /** What a walk has reached so far: statements in order, clusters read whole, the stored pairs seen once each. */
    private final class Walk {
        final Map<String, StatementEntity> nodes = new LinkedHashMap<>();
        final Set<Long> clusterIds = new java.util.TreeSet<>();
        final List<Grouping.Edge> among = new ArrayList<>();
        final Set<String> seenEdges = new HashSet<>();
        final int max;

        Walk(int max) {
            this.max = max;
        }

        boolean full() {
            return nodes.size() >= max;
        }

        /** Adds the statements not reached yet, in the given order, while there is room; they form the next step. */
        void reach(List<StatementEntity> statements, Set<String> next) {
            for (StatementEntity s : statements) {
                if (!nodes.containsKey(s.id) && !full()) {
                    nodes.put(s.id, s);
                    next.add(s.id);
                }
            }
        }

        /** Records the stored pairs of the given statements; answers their partners not reached yet, in id order. */
        Set<String> pairsOf(Set<String> ids) {
            Set<String> partners = new java.util.TreeSet<>();
            for (Grouping.Edge e : store.edgesOf(ids)) {
                if (seenEdges.add(e.a() + "|" + e.b())) {
                    among.add(e);
                }
                for (String x : List.of(e.a(), e.b())) {
                    if (!nodes.containsKey(x)) {
                        partners.add(x);
                    }
                }
            }
            return partners;
        }
    }
}
