package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * "X äußerte sich optimistisch": "sich äußern" with a predicative adjective reports a stance, like "nannte … gut"
 * ({@link NennenFrame}). The adjective follows "sich" (after at most one adverb, "äußerte sich erneut skeptisch")
 * and closes the clause; a comparative ("äußerte sich zurückhaltender"), "äußerte sich zu den Plänen" or "äußerte sich nicht" are no report of what was said.
 * Looks at most {@link #WINDOW} tokens after the verb.
 */
final class AeussernFrame {
    static final int WINDOW = 4;

    private AeussernFrame() {}

    /**
     * a comparative ("zurückhaltender", "vorsichtiger") compares with someone else's stance rather than reporting one:
     * an adjective suffix or present participle followed by "-er"
     */
    static boolean comparative(String w) {
        if (!w.endsWith("er") || w.length() < 7) return false;
        String stem = w.substring(0, w.length() - 2);
        for (String suf : new String[] {"end", "ig", "isch", "lich", "bar", "sam", "los", "voll", "haft", "tiv", "ell", "iv"})
            if (stem.endsWith(suf)) return true;
        return false;
    }

    /** the predicative adjective's token index, or -1 */
    static int predicative(Document doc, Sentence s, Cue c) {
        if (!doc.german() || c.kind != Cue.Kind.VERB || !c.lemma.equals("äußern")) return -1;
        List<Token> tk = doc.tokens;
        int v = c.token;
        if (v + 2 >= s.endToken || !tk.get(v + 1).lower().equals("sich")) return -1;
        int end = Math.min(s.endToken, v + 2 + WINDOW);
        for (int k = v + 2; k < end; k++) {
            Token t = tk.get(k);
            if (!t.isWord() || t.isCapitalized() || t.isAny("nicht", "nie", "kaum", "zu", "dazu", "darüber", "dass", "wie")) return -1;
            if (!t.isAdjective()) continue;
            if (comparative(t.lower())) return -1;
            boolean closes = k + 1 >= s.endToken || tk.get(k + 1).isAny(".", ",", ";", "und", "aber", "!", "?");
            return closes ? k : -1;
        }
        return -1;
    }
}
