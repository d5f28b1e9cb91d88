package org.whosaid.analysis.engine.extract.rules;

import java.util.Arrays;
import java.util.List;

import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Span;

/**
 * Whether a span of the text lies inside (or overlaps) the content of a statement made so far, as
 * a pass over all statements (or {@link Overlaps#covered}) answers it, for a rule that asks once per quote while it adds statements: the content spans of the (non-anchor)
 * statements are kept in a tree of the largest end per start offset (a Fenwick tree over the text's offsets), so each
 * question and each added statement costs a logarithm of the text length instead of a pass over all statements
 * (issue 15). Statements must only be added, never changed, while it is in use.
 *
 * <p>Example: after "„Ja“, sagte er." gave a statement over the quoted word, {@code covers(start, end)} of that word
 * is true, and of the next quote false.
 */
final class SpanCover {
    /** tree[i]: the largest end of a span starting in the range the Fenwick index i stands for; -1 when none */
    private final int[] tree;

    SpanCover(int textLength, List<Draft> out) {
        tree = new int[textLength + 2];
        Arrays.fill(tree, -1);
        for (Draft d : out) add(d);
    }

    /** Records the content spans of a statement (none for an anchor: an anchor covers nothing). */
    void add(Draft d) {
        if (d.anchor) return;
        for (Span q : d.quote) put(q.start(), q.end());
    }

    /** Whether some recorded span starts at or before {@code start} and ends at or after {@code end}. */
    boolean covers(int start, int end) {
        return start >= 0 && largestEndFrom(Math.min(start, tree.length - 2)) >= end;
    }

    /** Whether some recorded span overlaps {@code start..end}, as {@link Draft#overlaps} reads it (start before end, end after start). */
    boolean overlaps(int start, int end) {
        return end > 0 && largestEndFrom(Math.min(end - 1, tree.length - 2)) > start;
    }

    private void put(int start, int end) {
        for (int i = Math.max(0, Math.min(start, tree.length - 2)) + 1; i < tree.length; i += i & -i) if (tree[i] < end) tree[i] = end;
    }

    /** the largest end among spans starting at offsets 0..start */
    private int largestEndFrom(int start) {
        int best = -1;
        for (int i = start + 1; i > 0; i -= i & -i) best = Math.max(best, tree[i]);
        return best;
    }
}
