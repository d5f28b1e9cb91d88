package org.whosaid.analysis.engine.extract;

import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.layer.Document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Quotation-mark spans: „…“ „…” “…” »…« «…» ‚…‘ and straight "…", nested to any depth. A stack pairs each closing
 * mark with the last open mark it can close; a straight quote closes an open straight quote unless it stands before a
 * word (then it opens a nested one). Unclosed marks are dropped at the end of a line, so a stray mark cannot swallow the
 * rest of the article.
 * <p>Linear in the text: at most {@link #MAX_OPEN} marks stay open on a line (the oldest is dropped beyond that), and
 * each span's enclosing quote is found with a stack instead of a look-back over all earlier spans (issue 15: dense
 * quotation marks made both quadratic).
 */
public final class QuoteFinder {
    /** Open marks kept per line; real text nests a few deep. Bounds the search for an open straight quote. */
    static final int MAX_OPEN = 64;

    private final boolean unclosed;

    /** the finder the pipeline uses: paragraphs that open a quote without closing it are quoted to their end */
    public QuoteFinder() { this(UNCLOSED_PARAGRAPH); }

    /** {@code unclosed = false}: only paired marks (the spans of the finder before issue 13's h13 round) */
    public QuoteFinder(boolean unclosed) { this.unclosed = unclosed; }

    /**
     * The quotes of a text: paired marks of every kind, nested spans pointing to their enclosing span, each with its
     * number of words; sorted by start, enclosing spans first.
     */
    public List<QuoteSpan> find(Document doc) {
        String t = doc.text;
        List<QuoteSpan> out = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {offset, openChar}
        int n = t.length();
        for (int i = 0; i < n; i++) {
            mark(t, i, stack, out);
            if (stack.size() > MAX_OPEN) stack.removeLast();
        }
        if (unclosed) unclosedParagraph(t, stack, out, n);
        nest(t, out);
        return out;
    }

    /**
     * Reads the character at {@code i}: a line break ends every open quote (or quotes its paragraph, see
     * {@link #UNCLOSED_PARAGRAPH}), an opening mark is pushed, a closing mark closes the quote it pairs with.
     */
    private void mark(String t, int i, Deque<int[]> stack, List<QuoteSpan> out) {
        char c = t.charAt(i);
        switch (c) {
            case '\n' -> {
                if (unclosed) unclosedParagraph(t, stack, out, i);
                stack.clear();
            }
            case '„' -> stack.push(new int[]{i, c});
            case '“' -> {
                if (top(stack) == '„') close(stack, out, i, '„');
                else if (top(stack) == '“' && !opensHere(t, i)) close(stack, out, i, '“');
                else stack.push(new int[]{i, c});
            }
            case '”' -> {
                // "…” and „…”: a straight or low opening mark closed by a curly one (mixed marks on web pages)
                if (top(stack) == '„' || top(stack) == '“' || top(stack) == '"') close(stack, out, i, (char) top(stack));
            }
            case '»' -> {
                if (top(stack) == '«') close(stack, out, i, '«'); else stack.push(new int[]{i, c});
            }
            case '«' -> {
                if (top(stack) == '»') close(stack, out, i, '»'); else stack.push(new int[]{i, c});
            }
            case '‚' -> stack.push(new int[]{i, c});
            case '‘' -> {
                if (top(stack) == '‚') close(stack, out, i, '‚');
                else if (opensHere(t, i) && (top(stack) == '“' || top(stack) == '"')) stack.push(new int[]{i, c});
            }
            case '’' -> {
                if (top(stack) == '‘' && !(i + 1 < t.length() && Character.isLetter(t.charAt(i + 1)))) close(stack, out, i, '‘');
            }
            case '"' -> straight(t, i, stack, out);
            default -> { }
        }
    }

    /**
     * A straight mark {@code "} at {@code i} closes an open straight quote (unless it opens a new one inside another
     * quote), closes a curly or low opening mark where a quote can end, else opens a quote.
     */
    private static void straight(String t, int i, Deque<int[]> stack, List<QuoteSpan> out) {
        if (containsOpen(stack, '"') && !(opensHere(t, i) && top(stack) != '"')) {
            while (top(stack) != '"') stack.pop();
            close(stack, out, i, '"');
        } else if ((top(stack) == '“' || top(stack) == '„') && closesHere(t, i)) {
            // “…" and „…": a curly or low opening mark closed by a straight one (mixed marks on web pages)
            close(stack, out, i, (char) top(stack));
        } else {
            stack.push(new int[]{i, '"'});
        }
    }

    /** Sorts the spans (by start, enclosing first), points each nested span to its enclosing one and counts words. */
    private static void nest(String t, List<QuoteSpan> out) {
        out.sort(Comparator.comparingInt((QuoteSpan q) -> q.start).thenComparingInt(q -> -q.end));
        // spans nest or are disjoint (each closes its own opener), so the enclosing spans of q form a stack
        Deque<Integer> enclosing = new ArrayDeque<>();
        for (int a = 0; a < out.size(); a++) {
            QuoteSpan q = out.get(a);
            while (!enclosing.isEmpty() && out.get(enclosing.peek()).end < q.end) enclosing.pop();
            if (!enclosing.isEmpty() && out.get(enclosing.peek()).start < q.start) q.parent = enclosing.peek();
            enclosing.push(a);
            q.words = countWords(t, q.innerStart, q.innerEnd);
        }
    }

    /** a paragraph opening a quote it does not close is quoted to its end (issue 13, h13) */
    static final boolean UNCLOSED_PARAGRAPH = !Boolean.getBoolean("whosaid.noUnclosedParagraph");

    /**
     * News style continues a long quote over paragraphs without closing it ("„Wir bleiben. [new paragraph] „Und wir
     * bauen …“"), and pasted excerpts cut a quote off. When the only mark still open at the end of a line is an opening
     * mark that starts a sentence, and the rest of the line has at least six words and ends a sentence (or is the end
     * of the text), the quote runs to the end of the line. A stray mark inside a sentence is still dropped.
     */
    private static void unclosedParagraph(String t, Deque<int[]> stack, List<QuoteSpan> out, int lineEnd) {
        if (stack.size() != 1) return;
        int[] o = stack.peek();
        char c = (char) o[1];
        if (c != '„' && c != '“' && c != '»' && c != '«' && c != '"') return;
        int b = o[0] - 1;
        while (b >= 0 && (t.charAt(b) == ' ' || t.charAt(b) == '\u00A0' || t.charAt(b) == '\t')) b--;
        if (b >= 0 && t.charAt(b) != '\n' && ".!?:".indexOf(t.charAt(b)) < 0) return;
        int e = lineEnd;
        while (e > o[0] + 1 && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e - o[0] > 2000 || countWords(t, o[0] + 1, e) < 6) return;
        boolean endsSentence = ".!?…".indexOf(t.charAt(e - 1)) >= 0;
        if (!endsSentence && !onlySpaceAfter(t, lineEnd)) return;
        out.add(QuoteSpan.unclosed(o[0], e, c));
    }

    /** whether only white space follows offset i (stops at the first other character) */
    private static boolean onlySpaceAfter(String t, int i) {
        for (int k = i; k < t.length(); k++) if (!Character.isWhitespace(t.charAt(k))) return false;
        return true;
    }

    private static int top(Deque<int[]> s) { return s.isEmpty() ? -1 : s.peek()[1]; }

    private static boolean containsOpen(Deque<int[]> s, char c) {
        for (int[] e : s) if (e[1] == c) return true;
        return false;
    }

    private static void close(Deque<int[]> stack, List<QuoteSpan> out, int i, char open) {
        int[] o = stack.pop();
        if (i - o[0] > 1) out.add(new QuoteSpan(o[0], i + 1, open));
    }

    /** a mark closes when it follows a non-space and is not followed by a letter or digit ("done,\"", "done\".") */
    private static boolean closesHere(String t, int i) {
        boolean before = i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && t.charAt(i - 1) != '\u00A0';
        boolean after = i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1));
        return before && after;
    }

    /** a mark opens when it stands at the start or after space/bracket and before a non-space */
    private static boolean opensHere(String t, int i) {
        boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == '('
                || t.charAt(i - 1) == '\u00A0' || t.charAt(i - 1) == '[' || t.charAt(i - 1) == '/';
        boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
        return before && after;
    }

    public static int countWords(String t, int s, int e) {
        int words = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean l = Character.isLetterOrDigit(t.charAt(i));
            if (l && !in) words++;
            in = l;
        }
        return words;
    }
}
