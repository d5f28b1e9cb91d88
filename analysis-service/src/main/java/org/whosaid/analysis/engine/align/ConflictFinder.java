package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.List;

/** Facts in a statement or cluster that can conflict across outlets: numbers, dates, weekdays, places, roles/titles. */
public final class ConflictFinder {
    public ConflictFinder() {
    }

    public List<Fact> facts(StatementView s) {
        return new ArrayList<>();
    }

    public List<FactConflict> conflicts(List<Fact> factsOfOneCluster) {
        return new ArrayList<>();
    }

    public boolean contentConflict(StatementView a, Signature sa, StatementView b, Signature sb) {
        return sa.negated() != sb.negated();
    }
}
