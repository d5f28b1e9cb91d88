package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Sorted;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.lang.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * English: a single capitalised word opening a sentence is a name when the text also writes it capitalised inside a
 * sentence (not after a line start or quote mark) or when a speech verb follows within {@link #VERB_WINDOW} words
 * ("Rubio told reporters", "Kremlin on Tuesday said"). The set of inside-capitalised words is built once per text.
 */
public final class InitialNames {
    static final int VERB_WINDOW = 4;
    /** words that may stand between a subject and its verb: "X on Tuesday said", "X has also said" */
    private static final java.util.Set<String> BETWEEN = java.util.Set.of("on", "also", "has", "had", "have", "was",
            "then", "later", "again", "earlier", "further", "reportedly", "previously", "however", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "late", "last", "night");
    private static final String KEY = InitialNames.class.getName();

    private InitialNames() {}

    public static boolean name(Document doc, Token t, int next) {
        if (insideCapitalised(doc).contains(t.text)) return true;
        List<Token> tk = doc.tokens;
        int sentence = t.sentence;
        for (int k = next; k < tk.size() && k < next + VERB_WINDOW && tk.get(k).sentence == sentence; k++) {
            Token w = tk.get(k);
            if (cueAt(doc, k)) return true;
            if (!BETWEEN.contains(w.text)) return false;
        }
        return false;
    }

    static boolean cueAt(Document doc, int tok) {
        List<Cue> cues = doc.cues;
        int lo = Sorted.firstAtOrAfter(cues, x -> x.token, tok);
        return lo < cues.size() && cues.get(lo).token == tok && cues.get(lo).kind == Cue.Kind.VERB;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> insideCapitalised(Document doc) {
        Object cached = doc.cache.get(KEY);
        if (cached != null) return (Set<String>) cached;
        Set<String> out = new HashSet<>();
        List<Token> tk = doc.tokens;
        for (int i = 1; i < tk.size(); i++) {
            Token t = tk.get(i), p = tk.get(i - 1);
            if (!t.isWord() || !t.isCapitalized() || p.sentence != t.sentence) continue;
            if (p.isWord() || p.is(",")) out.add(t.text);
        }
        doc.cache.put(KEY, out);
        return out;
    }
}
