package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * Datelines and agency credits are metadata, never speakers: a line of capitals alone ("GENEVA"), capitals opening a
 * line before a dash or bracket ("LONDON —", "KYIV (Reuters) –"). Looks at most a few tokens from the line start.
 */
public final class Datelines {
    private static final int MAX_WORDS = 4;

    private Datelines() {}

    /** end token of the dateline starting the sentence at token {@code i}, or -1 when token i is not in a dateline */
    public static int end(List<Token> tk, Sentence s, int i) {
        if (i != s.firstToken) return -1;
        int k = i;
        while (k < s.endToken && k - i < MAX_WORDS && tk.get(k).isWord() && capitals(tk.get(k).text)) k++;
        if (k == i) return -1;
        if (k == s.endToken) return k;
        if (k - i > MAX_WORDS - 1) return -1;
        Token next = tk.get(k);
        if (next.isAny("—", "–")) return k;
        if (next.is("(")) return dashAfterBracket(tk, s, k) ? k : -1;
        if (next.is(",") && k + 1 < s.endToken && tk.get(k + 1).isWord() && capitals(tk.get(k + 1).text)) {
            // "KYIV, UKRAINE —"
            int m = k + 1;
            while (m < s.endToken && m - k <= 2 && tk.get(m).isWord() && capitals(tk.get(m).text)) m++;
            if (m < s.endToken && (tk.get(m).isAny("—", "–") || tk.get(m).is("(") && dashAfterBracket(tk, s, m))) return m;
        }
        return -1;
    }

    /** "(Reuters) —": a short bracket right after the capitals, then a dash */
    private static boolean dashAfterBracket(List<Token> tk, Sentence s, int open) {
        for (int m = open + 1; m < s.endToken && m <= open + 4; m++) {
            if (tk.get(m).is(")")) return m + 1 < s.endToken && tk.get(m + 1).isAny("—", "–", "-");
        }
        return false;
    }

    /** all letters upper case, at least three letters (so "US" or "EU" stay acronyms inside a text) */
    static boolean capitals(String w) {
        int letters = 0;
        for (int c = 0; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (Character.isLetter(ch)) {
                if (!Character.isUpperCase(ch)) return false;
                letters++;
            }
        }
        return letters >= 3;
    }
}
