package org.whosaid.analysis.hostile;

import org.whosaid.analysis.engine.layer.QuoteSpan;

import org.whosaid.analysis.engine.layer.Document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * QuoteFinder as it was before the pairing was bounded (commit 8664f65), with the later mixed-mark pairing (“…" and
 * "…”) added, to show the bound changed no result.
 */
final class QuoteFinderBefore {

    public List<QuoteSpan> find(Document doc) {
        String t = doc.text;
        List<QuoteSpan> out = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {offset, openChar}
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\n' -> stack.clear();
                case '„' -> stack.push(new int[]{i, c});
                case '“' -> {
                    if (top(stack) == '„') close(stack, out, i, '„');
                    else if (top(stack) == '“' && !opensHere(t, i)) close(stack, out, i, '“');
                    else stack.push(new int[]{i, c});
                }
                case '”' -> {
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
                    if (top(stack) == '‘' && !(i + 1 < n && Character.isLetter(t.charAt(i + 1)))) close(stack, out, i, '‘');
                }
                case '"' -> {
                    if (containsOpen(stack, '"') && !(opensHere(t, i) && top(stack) != '"')) {
                        while (top(stack) != '"') stack.pop();
                        close(stack, out, i, '"');
                    } else if ((top(stack) == '“' || top(stack) == '„') && closesHere(t, i)) {
                        close(stack, out, i, (char) top(stack));
                    } else {
                        stack.push(new int[]{i, c});
                    }
                }
                default -> { }
            }
        }
        out.sort(Comparator.comparingInt((QuoteSpan q) -> q.start).thenComparingInt(q -> -q.end));
        for (int a = 0; a < out.size(); a++) {
            QuoteSpan q = out.get(a);
            for (int b = a - 1; b >= 0; b--) {
                QuoteSpan p = out.get(b);
                if (p.start < q.start && q.end <= p.end) { q.parent = b; break; }
            }
            q.words = countWords(t, q.innerStart, q.innerEnd);
        }
        return out;
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

    /** a mark opens when it stands at the start or after space/bracket and before a non-space */
    private static boolean closesHere(String t, int i) {
        boolean before = i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && t.charAt(i - 1) != ' ';
        boolean after = i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1));
        return before && after;
    }

    private static boolean opensHere(String t, int i) {
        boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == '('
                || t.charAt(i - 1) == '\u00A0' || t.charAt(i - 1) == '[' || t.charAt(i - 1) == '/';
        boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
        return before && after;
    }

    static int countWords(String t, int s, int e) {
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
