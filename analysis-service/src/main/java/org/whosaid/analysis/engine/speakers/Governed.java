package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.speakers.MentionWords.PREP_DE;
import static org.whosaid.analysis.engine.speakers.MentionWords.PREP_EN;

import java.util.List;

/**
 * Whether a mention stands where no subject stands ({@link Mention#governed}): after a preposition ("mit Petra Lund",
 * "according to the mayor"), after a possessive "'s", or as a genitive attribute ("die Rede des Präsidenten", "die Rede
 * Brandts"). A governed mention does not speak the sentence's verb.
 */
final class Governed {
    private Governed() {}

    /** whether a mention starting at token {@code from} follows a preposition or is a genitive attribute (not a subject) */
    static boolean governed(Document doc, Sentence s, int from, Mention.Kind kind, String head) {
        if (from <= s.firstToken) return false;
        List<Token> tk = doc.tokens;
        String prev = tk.get(from - 1).lower();
        // "And Varga noted that …": a conjunction opening the sentence joins it to the last one, it governs no name
        if (!doc.german() && from - 1 == s.firstToken && (prev.equals("and") || prev.equals("or"))) return false;
        if ((doc.german() ? PREP_DE : PREP_EN).contains(prev) || prev.equals("'s")) return true;
        // genitive attribute "des Präsidenten", "der Ukraine" after a noun; a name in the genitive after a noun is a
        // surname ("die Rede Brandts"): a full name ending in s after a noun is an apposition ("Förster Okko Rademakers")
        if (doc.german() && kind == Mention.Kind.NAME && head.endsWith("s") && !head.contains(" ")
                && tk.get(from - 1).isCapitalized() && tk.get(from - 1).isNoun())
            return true;
        return doc.german() && (tk.get(from).lower().equals("des") || (tk.get(from).lower().equals("der") && isNounBefore(tk, from, s)));
    }

    private static boolean isNounBefore(List<Token> tk, int from, Sentence s) {
        if (from <= s.firstToken) return false;
        Token p = tk.get(from - 1);
        // a capitalised first word is a noun only if the dictionary says so ("Auch der Trainer …" is not a genitive)
        return p.isWord() && p.isCapitalized() && (from - 1 > s.firstToken || p.isNoun() || !p.known);
    }
}
