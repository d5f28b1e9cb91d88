package org.whosaid.analysis.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.align.Grouping;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementPinEntity;

/**
 * Incremental alignment: each new statement gets its signature and blocking keys (stored in an indexed table);
 * candidates come from those keys only (bounded, never all pairs); the scored pairs are stored
 * ({@link StatementScorer}), and the article's neighbourhood is grouped again from them by average linkage
 * ({@link Regrouper}, {@link Grouping}), so that clusters do not depend on the order articles arrive in and a
 * rendering that joins two clusters lets them merge. RELATED links between clusters are stored
 * ({@link AlignmentEvidence}). Statements a person pinned stay where they were put.
 */
@ApplicationScoped
public class AlignmentService {

    private final EntityManager em;
    private final StatementScorer scorer;
    private final Regrouper regrouper;
    private final AlignmentEvidence evidence;

    public AlignmentService(EntityManager em, StatementScorer scorer, Regrouper regrouper, AlignmentEvidence evidence) {
        this.em = em;
        this.scorer = scorer;
        this.regrouper = regrouper;
        this.evidence = evidence;
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
        StatementScorer.Scores scores = StatementScorer.Scores.empty();
        for (StatementEntity st : statements) {
            scorer.score(st, scores);
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
        evidence.store(statements, pins, scores, touched);
        return touched;
    }

    /**
     * Groups the neighbourhood of the given statements again ({@link Regrouper#regroup}).
     *
     * @return every cluster whose members changed
     */
    public Set<Long> regroup(List<StatementEntity> seeds, Set<Long> alsoRegroup, Map<String, Long> hints) {
        return regrouper.regroup(seeds, alsoRegroup, hints);
    }

    /** Stores (or strengthens) a RELATED link between two clusters ({@link ClusterLinks#relate}). */
    public static void relate(long a, long b, double score, String evidence, String source) {
        ClusterLinks.relate(a, b, score, evidence, source);
    }
}
