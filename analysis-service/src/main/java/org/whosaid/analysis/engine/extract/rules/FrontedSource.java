package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;

import java.util.List;

/**
 * A source phrase that opens a German sentence ("Nach Angaben des Tierschutzvereins Pfotenhilfe Nord mussten …",
 * "Laut einer am Freitag verbreiteten Mitteilung des Hafenamts wurden …") fills the whole first field: it runs up
 * to the finite verb in second position, so words the phrase reader stopped before belong to the source, not to the
 * content.
 */
final class FrontedSource {
    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noFrontedSource");
    /** at most this many words between the phrase read so far and the finite verb */
    private static final int MAX_GAP = 8;

    private FrontedSource() {}

    /**
     * The index of the finite verb after a sentence-initial marker {@code m} whose phrase was read up to
     * {@code phraseEnd}, when only words of a noun phrase (nouns, articles, adjectives, prepositions, brackets) stand
     * between (a participle before a noun is an adjective: "verbreiteten Mitteilung"); else {@code phraseEnd}.
     */
    static int toFiniteVerb(Document doc, Sentence s, int m, int phraseEnd) {
        if (!ENABLED || !doc.german() || m != s.firstToken || phraseEnd <= m + 1) return phraseEnd;
        List<Token> tk = doc.tokens;
        for (int k = phraseEnd; k < s.endToken && k - phraseEnd <= MAX_GAP; k++) {
            Token t = tk.get(k);
            boolean attributive = t.tags.contains("PA2") && k + 1 < s.endToken && tk.get(k + 1).isCapitalized();
            if (isFiniteVerb(t) && !attributive) return k > phraseEnd ? k : phraseEnd;
            if (t.isPunct() ? !t.isAny("(", ")", "-") : doc.quoteAround(t.start) != null) return phraseEnd;
        }
        return phraseEnd;
    }

    /** a lower-case word whose readings are all verbs and one of them finite ("mussten", "wird", "kommt") */
    static boolean isFiniteVerb(Token t) {
        if (!t.isWord() || t.isCapitalized() || !t.onlyVerb()) return false;
        for (String reading : t.tags.split("\\|"))
            if (reading.startsWith("VER") && (reading.contains(":PRÄ") || reading.contains(":PRT")
                    || reading.contains(":KJ1") || reading.contains(":KJ2"))) return true;
        return false;
    }
}
