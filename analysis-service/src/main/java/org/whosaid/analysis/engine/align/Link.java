package org.whosaid.analysis.engine.align;

import java.util.List;

/** A scored comparison: every link keeps its score and human-readable evidence. */
public record Link(double score, Relation relation, List<String> evidence) {
    public Link {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
