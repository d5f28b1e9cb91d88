package org.whosaid.analysis.engine.layer;

import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Entity;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * One text on its way through the {@link Pipeline}. Each stage adds one layer, in this order:
 * {@code language} → {@link #sentences} → {@link #tokens} (with lemma/POS) → {@link #quotes} → {@link #cues} →
 * {@link #mentions} and {@link #entities} → {@link #statements} → speakers resolved on the statements.
 * A reader can stop after any stage and look at the layers so far (see {@link Pipeline#analyse}).
 */
public final class Document {
    public final String text;
    public String language;
    public List<Sentence> sentences = List.of();
    public List<Token> tokens = List.of();
    public List<QuoteSpan> quotes = List.of();
    public List<Cue> cues = List.of();
    public List<Mention> mentions = List.of();
    public List<Entity> entities = new ArrayList<>();
    public List<Draft> statements = new ArrayList<>();
    /** per-text values a stage computes once and later stages reuse (keyed by the computing class) */
    public final java.util.Map<String, Object> cache = new java.util.HashMap<>();

    public Document(String text, String language) {
        this.text = text;
        this.language = language;
    }

    public boolean german() { return !"en".equals(language); }

    public Sentence sentenceOf(Token t) { return sentences.get(t.sentence); }

    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start) hi = mid - 1;
            else if (offset >= s.end) lo = mid + 1;
            else return s;
        }
        return lo < sentences.size() ? sentences.get(Math.min(lo, sentences.size() - 1)) : null;
    }

    /** index of the first token starting at or after {@code offset} */
    public int tokenAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public String slice(int start, int end) { return text.substring(start, end); }

    /**
     * Innermost quote containing the character offset, or null: of the quotes with {@code start <= offset < end}, the
     * one that starts last, and of several starting there the last in {@link #quotes} (the quote finder lists equal
     * starts longest first, so that is the shortest). Looked up in a {@link QuoteIndex} built on the first call after
     * {@link #quotes} was set or changed size, so a call costs O(log quotes) instead of a scan of every quote
     * (issue 15: called for every word, this was words × quotes on dense quotation marks).
     */
    public QuoteSpan quoteAround(int offset) {
        List<QuoteSpan> qs = quotes;
        QuoteIndex index = quoteIndex;
        if (index == null || index.quotes != qs || index.size != qs.size()) quoteIndex = index = new QuoteIndex(qs);
        return index.innermost(offset);
    }

    /** The index of the last cut at or before {@code offset} (the segment holding it), or -1 before the first cut. */
    static int segmentAt(int[] cuts, int offset) {
        int lo = 0, hi = cuts.length - 1, seg = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cuts[mid] <= offset) { seg = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return seg;
    }

    /** built by {@link #quoteAround} for the current {@link #quotes} list */
    private QuoteIndex quoteIndex;

    /**
     * {@link #quoteAround} for every offset at once: the offset axis cut at every quote start and end into segments,
     * each with the quote {@link #quoteAround}'s definition picks there (or none). Exact for any list of spans, nested,
     * disjoint or crossing, in any order: a sweep over the cut points keeps the quotes started so far on a stack in
     * (start, list position) order, so the top that has not ended yet is the winner. O(q log q) to build, O(log q) per
     * look-up, O(q) memory.
     */
    static final class QuoteIndex {
        final List<QuoteSpan> quotes;
        final int size;
        /** segment k covers offsets {@code [cuts[k], cuts[k + 1])} (the last one to the end) */
        private final int[] cuts;
        /** the quote containing segment k, or null */
        private final QuoteSpan[] winner;

        QuoteIndex(List<QuoteSpan> quotes) {
            this.quotes = quotes;
            this.size = quotes.size();
            QuoteSpan[] byStart = quotes.toArray(new QuoteSpan[0]);
            // stable sort: equal starts keep list order, so a later quote sits above an earlier one on the stack
            java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt((QuoteSpan q) -> q.start));
            int[] points = new int[2 * size];
            for (int i = 0; i < size; i++) {
                points[2 * i] = byStart[i].start;
                points[2 * i + 1] = byStart[i].end;
            }
            java.util.Arrays.sort(points);
            int distinct = 0;
            for (int i = 0; i < points.length; i++) if (i == 0 || points[i] != points[i - 1]) points[distinct++] = points[i];
            cuts = java.util.Arrays.copyOf(points, distinct);
            winner = new QuoteSpan[distinct];
            QuoteSpan[] stack = new QuoteSpan[size];
            int top = 0, next = 0;
            for (int k = 0; k < distinct; k++) {
                int at = cuts[k];
                while (next < size && byStart[next].start <= at) stack[top++] = byStart[next++];
                // a quote below the top that ended stays until it surfaces; it can never win again (offsets only grow)
                while (top > 0 && stack[top - 1].end <= at) top--;
                winner[k] = top > 0 ? stack[top - 1] : null;
            }
        }

        QuoteSpan innermost(int offset) {
            int seg = segmentAt(cuts, offset);
            return seg < 0 ? null : winner[seg];
        }
    }

    public QuoteSpan outerQuoteAround(int offset) {
        List<QuoteSpan> qs = quotes;
        OuterIndex index = outerIndex;
        if (index == null || index.quotes != qs || index.size != qs.size()) outerIndex = index = new OuterIndex(qs);
        return index.first(offset);
    }

    /** Whether some quote ends exactly at {@code offset} (its closing mark's end). */
    public boolean quoteEndsAt(int offset) {
        List<QuoteSpan> qs = quotes;
        OuterIndex index = outerIndex;
        if (index == null || index.quotes != qs || index.size != qs.size()) outerIndex = index = new OuterIndex(qs);
        return index.ends.contains(offset);
    }

    /** built by {@link #outerQuoteAround} and {@link #quoteEndsAt} for the current {@link #quotes} list */
    private OuterIndex outerIndex;

    /**
     * {@link #outerQuoteAround} for every offset at once (issue 15: it scanned every quote per call): the offset axis
     * cut at every start and end of a top-level quote, each segment with the first such quote in list order that
     * contains it, as the scan returned; and the set of quote ends. O(q log q) to build, O(log q) per look-up.
     */
    static final class OuterIndex {
        final List<QuoteSpan> quotes;
        final int size;
        final java.util.Set<Integer> ends = new java.util.HashSet<>();
        private final int[] cuts;
        private final QuoteSpan[] winner;

        OuterIndex(List<QuoteSpan> quotes) {
            this.quotes = quotes;
            this.size = quotes.size();
            for (QuoteSpan q : quotes) ends.add(q.end);
            java.util.TreeSet<Integer> points = new java.util.TreeSet<>();
            List<Integer> outer = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                QuoteSpan q = quotes.get(i);
                if (q.parent >= 0 || q.start >= q.end) continue;
                outer.add(i);
                points.add(q.start);
                points.add(q.end);
            }
            cuts = points.stream().mapToInt(Integer::intValue).toArray();
            winner = new QuoteSpan[cuts.length];
            // sweep: quotes (list positions) active over each segment; the smallest position wins
            Integer[] byStart = outer.toArray(new Integer[0]), byEnd = outer.toArray(new Integer[0]);
            java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt(i -> quotes.get(i).start));
            java.util.Arrays.sort(byEnd, java.util.Comparator.comparingInt(i -> quotes.get(i).end));
            java.util.TreeSet<Integer> active = new java.util.TreeSet<>();
            int nextStart = 0, nextEnd = 0;
            for (int k = 0; k < cuts.length; k++) {
                int at = cuts[k];
                while (nextEnd < byEnd.length && quotes.get(byEnd[nextEnd]).end <= at) active.remove(byEnd[nextEnd++]);
                while (nextStart < byStart.length && quotes.get(byStart[nextStart]).start <= at) {
                    int i = byStart[nextStart++];
                    if (quotes.get(i).end > at) active.add(i);
                }
                winner[k] = active.isEmpty() ? null : quotes.get(active.first());
            }
        }

        QuoteSpan first(int offset) {
            int seg = segmentAt(cuts, offset);
            return seg < 0 ? null : winner[seg];
        }
    }
}
