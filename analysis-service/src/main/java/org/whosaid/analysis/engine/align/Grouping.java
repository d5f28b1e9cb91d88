package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups statements into clusters in memory, the way the analysis-service does over its database: candidates come
 * from shared blocking keys, {@link Aligner#compare} decides, a statement joins the cluster of its best SAME candidate.
 * For evaluation and benchmarks.
 */
public final class Grouping {
    private Grouping() {
    }

    /** statement id → cluster id (the id of the cluster's first statement). */
    public static Map<String, String> group(Aligner aligner, List<StatementView> views) {
        Map<String, Signature> sigs = new HashMap<>();
        Map<String, Set<String>> keys = new HashMap<>();
        for (StatementView v : views) {
            Signature s = aligner.signature(v);
            sigs.put(v.statementId(), s);
            keys.put(v.statementId(), aligner.blockingKeys(v, s));
        }
        Map<String, List<StatementView>> index = new HashMap<>();
        Map<String, String> cluster = new LinkedHashMap<>();
        for (StatementView v : views) {
            Set<StatementView> cands = new LinkedHashSet<>();
            for (String k : keys.get(v.statementId())) cands.addAll(index.getOrDefault(k, List.of()));
            String best = null;
            double bestScore = -1;
            for (StatementView c : cands) {
                if (c.articleId() == v.articleId()) continue;
                Link l = aligner.compare(v, sigs.get(v.statementId()), c, sigs.get(c.statementId()));
                if (l.relation() == Relation.SAME && l.score() > bestScore) {
                    bestScore = l.score();
                    best = cluster.get(c.statementId());
                }
            }
            cluster.put(v.statementId(), best == null ? v.statementId() : best);
            for (String k : keys.get(v.statementId())) index.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return cluster;
    }
}
