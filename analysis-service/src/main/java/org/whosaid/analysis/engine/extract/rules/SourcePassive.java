package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.extract.CueLexicon;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.NounPhrases.extendSource;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.sourcePhrase;

/**
 * A passive or impersonal cue clause with no agent names its source in a place phrase: "In einem Bericht der
 * Hafenzeitung wurde vermutet, …", "So wird in einer Pressemitteilung des Vereins gefordert, …", "Aus Reedereikreisen
 * verlautete, …". The speaker is the phrase of a source noun (Bericht, Mitteilung, Erklärung, Kreisen) with its
 * genitive attributes, after "in" without the preposition, with it after "im" and "aus" (as the corpus marks them).
 * Only the cue clause before the verb is read.
 */
final class SourcePassive {
    static final boolean ON = !Boolean.getBoolean("whosaid.noSourcePassive");

    private SourcePassive() {}

    static Mention of(Document doc, Sentence s, int cs, int v) {
        if (!ON || !doc.german() || v <= cs) return null;
        List<Token> tk = doc.tokens;
        boolean passive = tk.get(v).lower().startsWith("verlautet");
        for (int k = cs; k < v; k++) {
            Token t = tk.get(k);
            if (t.verbLemma != null && (t.verbLemma.equals("werden") || t.verbLemma.equals("sein")) && !t.isCapitalized()
                    || t.isAny("Wird", "Wurde", "War")) passive = true;
        }
        if (!passive) return null;
        for (int k = cs; k + 1 < v; k++) {
            if (!tk.get(k).isAny("in", "In", "im", "Im", "aus", "Aus")) continue;
            int from = k + 1, n = from;
            if (CueFinder.isDeterminer(tk.get(n).lower())) n++;
            while (n < v && tk.get(n).isWord() && !tk.get(n).isCapitalized() && NounPhrases.attributive(tk.get(n))) n++;
            if (n >= v || !sourceNoun(tk.get(n))) continue;
            int e = Math.min(extendSource(doc, s, n + 1), v);
            Mention m = sourcePhrase(doc, s, tk.get(k).isAny("im", "Im", "aus", "Aus") ? k : from, e, null);
            m.resolution = "source of a passive cue clause";
            return m;
        }
        return null;
    }

    private static boolean sourceNoun(Token t) {
        String l = t.lower();
        return t.isCapitalized() && (CueLexicon.isSourceNoun(l) || l.endsWith("erklärung"));
    }
}
