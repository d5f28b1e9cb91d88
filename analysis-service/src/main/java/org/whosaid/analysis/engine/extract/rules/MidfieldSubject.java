package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;
import java.util.Set;

import static org.whosaid.analysis.engine.extract.rules.NounPhrases.extendSource;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.npMention;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.readNP;

/**
 * A German subject noun phrase between the finite auxiliary and the cue participle, when no mention was found: "Zuvor
 * hatte die Hafenbehörde mitgeteilt, …", "Ferner habe die Untersuchung festgestellt, …". The phrase opens with a
 * nominative article right after the auxiliary and reaches the participle, with at most two adverbs between. The
 * window is the cue clause.
 */
final class MidfieldSubject {
    static final boolean ON = !Boolean.getBoolean("whosaid.noMidfieldSubject");

    private static final Set<String> AUXILIARIES = Set.of("haben", "wollen", "sollen", "können", "müssen");
    private static final Set<String> NOMINATIVE = Set.of("der", "die", "das", "ein", "eine");

    private MidfieldSubject() {}

    /** the subject noun phrase before the cue verb at {@code v} in the clause starting at {@code cs}, or null */
    static Mention before(Document doc, Sentence s, int cs, int v) {
        if (!ON || !doc.german() || v - cs < 3) return null;
        List<Token> tk = doc.tokens;
        int aux = -1;
        for (int k = cs; k < v && k < cs + 8; k++) {
            Token t = tk.get(k);
            if (t.isWord() && !t.isCapitalized() && t.verbLemma != null && AUXILIARIES.contains(t.verbLemma)) { aux = k; break; }
            if (t.isPunct()) return null;
        }
        if (aux < 0 || aux + 1 >= v || !NOMINATIVE.contains(tk.get(aux + 1).text)) return null;
        int e = readNP(doc, s, aux + 1);
        if (e <= aux + 2 || e > v) return null;
        e = Math.min(extendSource(doc, s, e), v);
        int adverbs = 0;
        for (int k = e; k < v; k++) {
            Token t = tk.get(k);
            if (!t.isWord() || t.isCapitalized() || !t.tags.contains("ADV") || ++adverbs > 2) return null;
        }
        return npMention(doc, s, aux + 1, e);
    }
}
