package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

/**
 * German mood tests on tokens and sentences: a Konjunktiv I or II form that differs from the indicative ("sei",
 * "habe" for the third person, "würden"), and whether a sentence may sit inside reported speech (it has a quote, a
 * Konjunktiv verb or a cue).
 */
final class Moods {
    private Moods() {}

    static boolean distinctKonj2(Token t) {
        String g = t.tags;
        if (!t.onlyVerb()) return false;
        return (g.contains(":3:SIN:KJ2") && !g.contains(":3:SIN:PRT")) || (g.contains(":3:PLU:KJ2") && !g.contains(":3:PLU:PRT"));
    }

    static boolean distinctKonj1(Token t) {
        String g = t.tags;
        if (t.isCapitalized() || g.contains("ART:") || g.contains("PRO:") || g.contains("PRP:") || g.contains("KON:")) return false;
        return (g.contains(":3:SIN:KJ1") && !g.contains(":3:SIN:PRÄ")) || (g.contains(":3:PLU:KJ1") && !g.contains(":3:PLU:PRÄ"));
    }

    /**
     * The sentence's first finite verb outside quotes is a distinct Konjunktiv II ("Die Deiche befänden sich am
     * Limit."), and no wenn/falls/ob comes before it.
     */
    static boolean firstFiniteVerbKonj2(Document doc, Sentence s) {
        for (int i = s.firstToken; i < s.endToken; i++) {
            Token t = doc.tokens.get(i);
            if (doc.quoteAround(t.start) != null || t.isCapitalized()) continue;
            if (t.isAny("wenn", "falls", "ob")) return false;
            if (distinctKonj2(t)) return true;
            if (t.isVerb() && t.onlyVerb() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) return false;
        }
        return false;
    }

    /** a sentence that may sit inside reported speech: it has a quote, a Konjunktiv verb or a cue */
    static boolean reportedFlavour(Document doc, Sentence s) {
        if (!s.body || s.headline) return true;
        for (int i = s.firstToken; i < s.endToken; i++) {
            Token t = doc.tokens.get(i);
            if (distinctKonj1(t) || distinctKonj2(t) || t.isAny("„", "“", "\"", "»", "«")) return true;
        }
        if (!Cues.inSentence(doc, s).isEmpty()) return true;
        return false;
    }
}
