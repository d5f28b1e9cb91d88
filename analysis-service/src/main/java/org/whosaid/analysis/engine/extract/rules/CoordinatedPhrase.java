package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * A second noun phrase joined to the speaker by "und"/"sowie" that closes the speaker's phrase: "Die Reederei und der
 * Hafenverein teilten mit, …": the subject runs up to the cue verb. A phrase after a preposition is not the subject
 * ("zwischen Vorstand und Betriebsrat"). The conjunct is [article] [adjectives] and one to four capitalised words, so the window is at most
 * eight tokens; {@link CoordinatedSpeaker} already joins two person names.
 */
final class CoordinatedPhrase {
    static final boolean ON = !Boolean.getBoolean("whosaid.noCoordinatedPhrase");

    private CoordinatedPhrase() {}

    /** the end of the conjunct after {@code m}, or {@code m.endToken} */
    static int end(Document doc, Sentence s, Mention m, int cueTok) {
        int e = m.endToken;
        if (!ON || !doc.german() || m.kind == Mention.Kind.PRONOUN || m.governed || e + 1 >= s.endToken) return e;
        List<Token> tk = doc.tokens;
        if (!tk.get(e).isAny("und", "sowie") || tk.get(m.token).tags.contains("PRP:")) return e;
        int k = e + 1;
        // two person names are joined by CoordinatedSpeaker, which also names the second one in the evidence
        if (m.kind == Mention.Kind.NAME) {
            for (Mention x : SentenceMentions.starting(doc, k, k + 1)) if (x.kind == Mention.Kind.NAME) return e;
        }
        if (CueFinder.isDeterminer(tk.get(k).lower())) k++;
        while (k < s.endToken && k < e + 4 && tk.get(k).isWord() && !tk.get(k).isCapitalized() && tk.get(k).isAdjective()
                && !tk.get(k).onlyVerb()) k++;
        int n = k;
        while (k < s.endToken && k < n + 4 && k != cueTok && tk.get(k).isWord() && tk.get(k).isCapitalized()
                && !(tk.get(k).onlyVerb() && !tk.get(k).isNoun())) k++;
        if (k == n || doc.quoteAround(tk.get(e).start) != null) return e;
        return k == cueTok ? k : e;
    }
}
