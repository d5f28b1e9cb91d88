package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.NounPhrases.npMention;

/**
 * A German cue verb that opens a coordinated clause without a subject ("Die Reederei bestätigte den Unfall, teilte
 * jedoch mit, …", "… und erklärte, …") shares the subject of the sentence's first clause, here a plain noun phrase
 * (a mention there is found by the sentence-subject fallback). The first clause must open with the noun phrase
 * followed by its finite verb; only the sentence's first tokens are read.
 */
final class SharedNounSubject {
    static final boolean ON = !Boolean.getBoolean("whosaid.noSharedNounSubject");

    private SharedNounSubject() {}

    static Mention of(Document doc, Sentence s, int cs, int v) {
        if (!ON || !doc.german() || v != cs || v - 2 <= s.firstToken) return null;
        List<Token> tk = doc.tokens;
        if (!tk.get(v - 1).isAny(",", "und", "aber", "sondern")) return null;
        int np = SubjectPhrase.start(doc, s, s.firstToken);
        int e = SubjectPhrase.end(doc, s, np);
        if (e <= np || e >= v - 1) return null;
        Token verb = tk.get(e);
        if (verb.isCapitalized() || !verb.tags.contains("VER:3:") || ObliqueSpeaker.opensOblique(doc, np)
                || SubjectPhrase.timePhrase(doc, np, e)) return null;
        return npMention(doc, s, np, e);
    }
}
