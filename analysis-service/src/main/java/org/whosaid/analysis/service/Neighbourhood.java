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
        int max = config.analysis().maxRegroup();
        // the connected neighbourhood: statements joined by a stored pair or a shared cluster, breadth first from the
        // seeds (nearest first, ids in order within a step) up to max-regroup; clusters form within it only
        Map<String, StatementEntity> nodes = new LinkedHashMap<>();
        Set<Long> clusterIds = new java.util.TreeSet<>();
        List<Grouping.Edge> among = new ArrayList<>();
        Set<String> seenEdges = new HashSet<>();
        Set<String> frontier = new java.util.TreeSet<>();
        for (StatementEntity s : seeds) {
            nodes.put(s.id, s);
            frontier.add(s.id);
        }
        Set<Long> pendingClusters = new java.util.TreeSet<>(alsoRegroup);
        while ((!frontier.isEmpty() || !pendingClusters.isEmpty()) && nodes.size() < max) {
            Set<String> next = new java.util.TreeSet<>();
            for (StatementEntity s : nodes.values()) {
                if (frontier.contains(s.id) && s.clusterId != null && !clusterIds.contains(s.clusterId)) {
                    pendingClusters.add(s.clusterId);
                }
            }
            for (Long c : pendingClusters) {
                if (clusterIds.add(c)) {
                    for (StatementEntity s : StatementEntity.<StatementEntity>list("clusterId = ?1 order by id", c)) {
                        if (!nodes.containsKey(s.id) && nodes.size() < max) {
                            nodes.put(s.id, s);
                            next.add(s.id);
                        }
                    }
                }
            }
            pendingClusters.clear();
            Set<String> partners = new java.util.TreeSet<>();
            for (Grouping.Edge e : store.edgesOf(frontier)) {
                if (seenEdges.add(e.a() + "|" + e.b())) {
                    among.add(e);
                }
                for (String x : List.of(e.a(), e.b())) {
                    if (!nodes.containsKey(x)) {
                        partners.add(x);
                    }
                }
            }
            List<String> p = new ArrayList<>(partners);
            for (int from = 0; from < p.size() && nodes.size() < max; from += 200) {
                List<StatementEntity> found = new ArrayList<>(StatementEntity.<StatementEntity>list("id in ?1",
                        p.subList(from, Math.min(p.size(), from + 200))));
                found.sort(Comparator.comparing((StatementEntity s) -> s.id));
                for (StatementEntity s : found) {
                    if (!nodes.containsKey(s.id) && nodes.size() < max) {
                        nodes.put(s.id, s);
                        next.add(s.id);
                    }
                }
            }
            frontier = next;
        }
        // pairs among the nodes (those of the last step were not read yet)
        for (Grouping.Edge e : store.edgesOf(frontier)) {
            if (seenEdges.add(e.a() + "|" + e.b())) {
                among.add(e);
            }
        }
        Set<String> inside = nodes.keySet();
        among.removeIf(e -> !inside.contains(e.a()) || !inside.contains(e.b()));
        for (StatementEntity s : nodes.values()) {
            if (s.clusterId != null) {
                clusterIds.add(s.clusterId);
            }
        }
        return new Found(nodes, among, clusterIds);
    }
}
