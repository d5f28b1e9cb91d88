package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Draft;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * Statements reported inside another statement get it as parent: the shortest longer statement around them with a
 * different cue. Example: "Uschakow sagte, Putin habe erklärt, er sei bereit." — Putin's statement is reported inside
 * Uschakow's.
 */
public final class Parents {
    private Parents() {}

    /**
     * For every statement without a parent (nested quotes excepted): of the statements {@code outer} with a cue other
     * than its first cue whose span ({@link Draft#start()}..{@link Draft#end()}) contains its own and is longer, the
     * shortest, and of equally short ones the first in {@code out}. The candidates are sorted by start once, and an
     * inner statement looks back from the last one starting at or before it only while some candidate that far back
     * still reaches its end (a running maximum of the ends), so disjoint statements cost a binary search each instead
     * of a pass over all statements (issue 15: statements × statements on dense statements and long prose). Picks
     * the same parent as that pass ({@code ParentsTest}).
     */
    public static void apply(List<Draft> out) {
        int n = out.size();
        int[] start = new int[n], end = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = out.get(i).start();
            end[i] = out.get(i).end();
        }
        // candidates for outer: a content and a cue
        Integer[] byStart = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (!out.get(i).quote.isEmpty() && !out.get(i).cue.isEmpty()) byStart[m++] = i;
        byStart = java.util.Arrays.copyOf(byStart, m);
        java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt(i -> start[i]));
        int[] reach = new int[m]; // reach[k]: the largest end of byStart[0..k]
        for (int k = 0; k < m; k++) reach[k] = k == 0 ? end[byStart[0]] : Math.max(reach[k - 1], end[byStart[k]]);
        for (int j = 0; j < n; j++) {
            Draft inner = out.get(j);
            if (inner.parent != null || inner.rule.equals("nested-quote") || inner.cue.isEmpty()) continue;
            int lo = 0, hi = m - 1, last = -1;
            while (lo <= hi) { // last candidate starting at or before the inner statement
                int mid = (lo + hi) >>> 1;
                if (start[byStart[mid]] <= start[j]) { last = mid; lo = mid + 1; } else hi = mid - 1;
            }
            int best = -1, innerLength = end[j] - start[j];
            for (int k = last; k >= 0 && reach[k] >= end[j]; k--) {
                int o = byStart[k];
                int length = end[o] - start[o];
                if (o == j || end[o] < end[j] || length <= innerLength) continue;
                if (out.get(o).cue.get(0).equals(inner.cue.get(0))) continue;
                if (best < 0 || length < end[best] - start[best] || length == end[best] - start[best] && o < best) best = o;
            }
            if (best >= 0) {
                inner.parent = out.get(best);
                inner.evidence.add("reported inside another statement");
            }
        }
    }
}
