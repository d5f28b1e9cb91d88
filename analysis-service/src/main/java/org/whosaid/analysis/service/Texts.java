package org.whosaid.analysis.service;

import java.util.LinkedHashSet;
import java.util.Set;

import org.whosaid.analysis.engine.registry.Names;

/** Small text helpers of the service: quote keys, search terms, the context sentence of a quote. */
public final class Texts {
    private Texts() {
    }

    /** Identifies a quote within an article across re-analyses: folded text, whitespace collapsed, bounded. */
    public static String quoteKey(String quote) {
        String f = String.join(" ", Names.words(quote));
        if (f.length() <= 150) {
            return f;
        }
        return f.substring(0, 150) + "#" + Integer.toHexString(f.hashCode());
    }

    /** Search terms: folded word tokens of at least 2 characters, at most 100 chars each, at most 300 per statement. */
    public static Set<String> terms(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            for (String w : Names.words(t)) {
                if (w.length() >= 2 && out.size() < 300) {
                    out.add(w.length() > 100 ? w.substring(0, 100) : w);
                }
            }
        }
        return out;
    }

    /** The sentence(s) around [start, end): back to the previous sentence end, forward to the next one (bounded). */
    public static String context(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return null;
        }
        int s = start;
        int limit = Math.max(0, start - 400);
        while (s > limit && !boundary(text, s - 1)) {
            s--;
        }
        int e = end;
        int max = Math.min(text.length(), end + 400);
        while (e < max && !boundary(text, e)) {
            e++;
        }
        if (e < text.length()) {
            e++;
        }
        return text.substring(s, Math.min(e, text.length())).strip();
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    public static String excerpt(String s, int n) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= n ? t : t.substring(0, n - 1) + "…";
    }
}
