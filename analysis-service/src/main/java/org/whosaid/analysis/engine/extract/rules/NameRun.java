package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * The rest of a foreign multi-word name the mention finder cut at a word the German dictionary also knows: "die
 * Harbour Times berichtete", "Die Coastal Broadcasting Corporation teilte mit", "laut Ocean Watch International". German
 * writes a noun after a name as a compound, so a separate capitalised word right after a name that does not end a
 * German phrase is part of it. It must be singular nominative (or unknown to the dictionary), and the run must close at
 * the cue verb, punctuation or a lower-case word; at most three words.
 */
final class NameRun {
    static final boolean ON = !Boolean.getBoolean("whosaid.noNameRun");

    private NameRun() {}

    /** the end token of the name's run after {@code m}, or {@code m.endToken} when nothing continues it */
    static int end(Document doc, Sentence s, Mention m, int cueTok) {
        if (!ON || !doc.german() || (m.kind != Mention.Kind.NAME && m.kind != Mention.Kind.INSTITUTION) || m.role != null) return m.endToken;
        List<Token> tk = doc.tokens;
        Token last = tk.get(m.endToken - 1);
        if (!(last.isProperName() || !last.known) || !last.isCapitalized() || last.text.endsWith("s") && last.isProperName()) return m.endToken;
        int k = m.endToken;
        while (k < s.endToken && k < m.endToken + 3 && k != cueTok && nameWord(tk.get(k))) k++;
        if (k == m.endToken) return m.endToken;
        if (k < s.endToken && k != cueTok) {
            Token after = tk.get(k);
            if (after.isWord() && after.isCapitalized()) return m.endToken;
        }
        if (doc.quoteAround(tk.get(m.endToken).start) != null) return m.endToken;
        return k;
    }

    private static boolean nameWord(Token t) {
        if (!t.isWord() || !t.isCapitalized() || t.onlyVerb() || t.text.chars().anyMatch(Character::isDigit)) return false;
        if (!t.known) return true;
        if (t.isProperName()) return false;                      // a place after the name ("… Post Bangkok") stays apart
        return t.tags.contains("NOM:SIN") || t.tags.equals("ADJ:PRD:GRU");
    }
}
