package org.whosaid.analysis.engine.align;

import java.util.List;

/**
 * A scored comparison: every link keeps its score and human-readable evidence.
 *
 * @param weight what the pair adds to {@link Grouping}: the score less the margin asked of an unknown speaker, 0 when
 *               a gate fails (two different people, another occasion)
 */
public record Link(double score, Relation relation, List<String> evidence, double weight) {
    public Link {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Link(double score, Relation relation, List<String> evidence) {
        this(score, relation, evidence, relation == Relation.SAME ? score : 0);
    }
}
