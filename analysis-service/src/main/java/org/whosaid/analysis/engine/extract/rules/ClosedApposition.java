package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;
import java.util.Set;

/**
 * An apposition between two commas right after a speaker's mention, closed by its own comma even when the clause goes
 * on behind it: "Lotte Brink, Sprecherin der Fährgesellschaft, die seit Jahren …" or "sagte Anton Wirz, der Leiter des
 * Hafenamts, in Kiel". It holds no verb and no part of the statement's quote, and it is at most {@value #MAX} tokens
 * long, so the scan is bounded by that window.
 */
final class ClosedApposition {
    static final int MAX = 12;
    private static final Set<String> OPENERS = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine", "einem",
            "einer", "eines");

    private ClosedApposition() {}

    /**
     * @param comma the token of the comma right after the mention
     * @return the token index of the apposition's closing comma, or -1 when there is none
     */
    static int end(Document doc, Sentence s, int comma, Draft d) {
        List<Token> tk = doc.tokens;
        int first = comma + 1;
        if (first >= s.endToken) return -1;
        Token open = tk.get(first);
        if (!(OPENERS.contains(open.text) || open.isCapitalized() && open.isNoun())) return -1;
        boolean noun = false;
        for (int k = first; k < s.endToken && k <= first + MAX; k++) {
            Token x = tk.get(k);
            if (x.is(",")) return k > first && noun ? k : -1;
            if (x.isVerb() && x.onlyVerb() && !x.isCapitalized()) return -1;
            if (x.isAny(".", ":", ";", "(", ")", "„", "“", "\"", "–", "-")) return -1;
            if (doc.quoteAround(x.start) != null && x.start >= d.start() && x.start < d.end()) return -1;
            if (x.isCapitalized() && k > first) noun = true;
            if (open.isCapitalized()) noun = true;
        }
        return -1;
    }
}
