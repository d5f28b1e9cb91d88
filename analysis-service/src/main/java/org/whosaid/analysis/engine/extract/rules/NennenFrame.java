package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * "X nannte den Entwurf mutig": "nennen" with an object and a predicative adjective reports a judgement, like
 * "bezeichnete … als" ({@link ReportedFrame}). The adjective closes the verb's clause and
 * follows a noun, not an article ("nannte den mutigen Entwurf" is no judgement); "nannte … als Grund" and
 * names ("nannte die Namen") are not; a quoted judgement ("nannte das Treffen „gut“") is left to the quote. Looks only at the cue's clause, at most {@link #WINDOW} tokens after the verb.
 */
final class NennenFrame {
    static final int WINDOW = 14;

    private NennenFrame() {}

    /** "X bewertet den Fahrplan positiv": "bewerten" with an object and an unquoted predicative adjective too (h13) */
    static final boolean BEWERTEN = !Boolean.getBoolean("whosaid.noBewerten");

    /** the predicative adjective's token index, or -1 */
    static int predicative(Document doc, Sentence s, Cue c) {
        if (!doc.german() || c.kind != Cue.Kind.VERB || !(c.lemma.equals("nennen") || (BEWERTEN && c.lemma.equals("bewerten")))) return -1;
        List<Token> tk = doc.tokens;
        int v = c.token;
        int end = Math.min(s.endToken, v + WINDOW);
        boolean noun = false;
        for (int k = v + 1; k < end; k++) {
            Token t = tk.get(k);
            if (t.isAny("als", "dass", "daß", "ob", "wie")) return -1;
            boolean quoted = doc.quoteAround(t.start) != null;
            // "nannte den Plan eine Zumutung", "nannte ihn einen Träumer": a second, indefinite object judges the first
            if (DOUBLE_OBJECT && c.lemma.equals("nennen") && !quoted && t.isAny("einen", "eine", "ein") && k > v + 1
                    && (noun && tk.get(k - 1).isCapitalized() && tk.get(k - 1).isWord() || tk.get(k - 1).isAny("ihn", "sie", "es", "dies", "das"))
                    && indefiniteNoun(tk, s, k + 1)) return k;
            if (t.isWord() && t.isCapitalized() && !quoted) noun = true;
            if (!t.isWord() || t.isCapitalized() || !noun) continue;
            int next = k + 1;
            while (next < s.endToken && isCloseQuote(tk.get(next))) next++;
            boolean closes = next >= s.endToken || tk.get(next).isAny(".", ",", ";", "und", "aber", "!", "?");
            if (!closes) continue;
            Token before = tk.get(k - 1);
            if (before.isAny("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem")) return -1;
            // a quoted judgement ("nannte das Treffen „sehr gut“") stays the quote's direct statement
            if (t.isAdjective() && !quoted) return k;
            return -1;
        }
        return -1;
    }

    /** "nannte den Plan eine Zumutung": the judging object of "nennen" after the first (issue 13) */
    static final boolean DOUBLE_OBJECT = !Boolean.getBoolean("whosaid.noNennenDoubleObject");

    /** a noun within three words from {@code k}, only adjectives before it ("einen weiteren Schritt") */
    private static boolean indefiniteNoun(List<Token> tk, Sentence s, int k) {
        for (int i = k; i < Math.min(s.endToken, k + 3); i++) {
            Token t = tk.get(i);
            if (t.isWord() && t.isCapitalized()) return true;
            if (!t.isWord() || !t.isAdjective()) return false;
        }
        return false;
    }

    private static boolean isCloseQuote(Token t) {
        return t.isAny("“", "\"", "«", "»", "‘", "'");
    }
}
