package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Set;

/**
 * English coordinated verbs share the subject of the first clause: in "The mayor called the talks useful, but added
 * that …" the subject of "added" is "The mayor". Only "but"/"and" (with at most one adverb: "but also", "and then")
 * right after a comma and right before the cue verb; the subject is the first free mention within the first
 * {@link #WINDOW} tokens of the sentence (a bounded look, no scan over the text).
 */
final class SharedSubject {
    static final int WINDOW = 8;
    private static final Set<String> ADVERBS = Set.of("also", "then", "later", "further", "quickly");

    private SharedSubject() {}

    static Mention of(Document doc, Sentence s, int cs, int v) {
        if (doc.german() || cs <= s.firstToken + 2 || v >= s.endToken) return null;
        List<Token> tk = doc.tokens;
        if (!tk.get(cs - 1).is(",") || !tk.get(cs).isAny("but", "and")) return null;
        if (!(v == cs + 1 || (v == cs + 2 && ADVERBS.contains(tk.get(cs + 1).lower())))) return null;
        Mention m = SentenceMentions.subject(doc, s.firstToken, Math.min(cs - 1, s.firstToken + WINDOW));
        // the mention must open the sentence's subject: only an article, a title or a conjunction before it
        if (m == null || m.token > s.firstToken + 2) return null;
        return m;
    }
}
