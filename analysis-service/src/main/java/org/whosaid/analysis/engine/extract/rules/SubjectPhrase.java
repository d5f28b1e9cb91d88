package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;
import java.util.Set;

import static org.whosaid.analysis.engine.extract.rules.Clauses.shortQuoteEnd;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.readNP;

/**
 * The plain noun phrase a subject fallback reads, a little wider than {@link NounPhrases#readNP}: after a focus particle
 * ("Auch die Reederei hatte erklärt", "Selbst der Verband kritisierte"), a head written in lower case with a
 * capitalised part or unknown to the dictionary ("der nabu-Bericht", "die kaizeit", "eKai"), and a name or short quoted title in apposition after
 * the head ("der Sender al-Hafen", "die Wochenzeitung „Kai und Mole“"), and a second phrase joined by "und" ("die
 * Reederei und der Hafenverein") or a für/ohne attribute ("das Amt für Häfen"); the caller checks that the verb follows. Reads at most a few tokens past the phrase.
 */
final class SubjectPhrase {
    static final boolean ON = !Boolean.getBoolean("whosaid.noSubjectPhrase");

    static final Set<String> FOCUS = Set.of("Auch", "Selbst", "Sogar", "Insbesondere", "Nur", "Gerade", "Vor allem");

    private SubjectPhrase() {}

    /** the first token of the phrase at {@code k}: past a focus particle opening the clause */
    static int start(Document doc, Sentence s, int k) {
        if (!ON || k + 1 >= s.endToken) return k;
        return FOCUS.contains(doc.tokens.get(k).text) && CueFinder.isDeterminer(doc.tokens.get(k + 1).lower()) ? k + 1 : k;
    }

    /** end (exclusive) of the noun phrase at {@code k}, or -1 */
    static int end(Document doc, Sentence s, int k) {
        int e = readNP(doc, s, k);
        if (!ON) return e;
        List<Token> tk = doc.tokens;
        if (e < 0 && k + 1 < s.endToken && CueFinder.isDeterminer(tk.get(k).lower()) && lowerName(tk.get(k + 1))
                && doc.quoteAround(tk.get(k).start) == null) e = k + 2;     // "der nabu-Bericht", "die kaizeit"
        if (e < 0 && lowerHead(tk.get(k)) && doc.quoteAround(tk.get(k).start) == null) e = k + 1;   // "eKai meldet"
        if (e < 0 || e >= s.endToken) return e;
        if (lowerHead(tk.get(e))) return e + 1;                             // "der Sender al-Hafen"
        int q = shortQuoteEnd(doc, s, e);
        if (q > e) return q;                                                // "die Wochenzeitung „Kai und Mole“"
        int c = coordinated(doc, s, e);                                     // "die Reederei und der Hafenverein"
        return c > e ? c : attributePP(doc, s, e);                          // "die Gesellschaft für Meeresschutz"
    }

    /** past a für/ohne phrase of capitalised words: "Fischer ohne Netze", "das Amt für Häfen" */
    static int attributePP(Document doc, Sentence s, int e) {
        List<Token> tk = doc.tokens;
        if (e + 1 >= s.endToken || !tk.get(e).isAny("für", "ohne")) return e;
        int k = e + 1;
        if (CueFinder.isDeterminer(tk.get(k).lower())) k++;
        while (k < s.endToken && k < e + 4 && tk.get(k).isWord() && !tk.get(k).isCapitalized() && tk.get(k).isAdjective()) k++;
        int n = k;
        while (k < s.endToken && k < n + 3 && tk.get(k).isWord() && tk.get(k).isCapitalized() && !tk.get(k).onlyVerb()) k++;
        return k > n ? k : e;
    }

    /** past "und"/"sowie" and a second noun phrase with its own article: "die Reederei und der Hafenverein" */
    private static int coordinated(Document doc, Sentence s, int e) {
        List<Token> tk = doc.tokens;
        if (e + 2 >= s.endToken || !tk.get(e).isAny("und", "sowie") || !CueFinder.isDeterminer(tk.get(e + 1).lower())) return e;
        int f = readNP(doc, s, e + 1);
        return f > e + 2 ? f : e;
    }

    /** a word in lower case with a capitalised part: "nabu-Bericht", "al-Hafen", "eKai" */
    static boolean lowerHead(Token t) {
        if (!t.isWord() || t.isCapitalized()) return false;
        for (int i = 1; i < t.text.length(); i++) if (Character.isUpperCase(t.text.charAt(i))) return true;
        return false;
    }

    /** after an article, a lower-case word with a capital inside or one the dictionary does not know: a name ("die kaizeit") */
    private static boolean lowerName(Token t) {
        if (lowerHead(t)) return true;
        String x = t.text;
        boolean adjectiveEnding = x.endsWith("e") || x.endsWith("en") || x.endsWith("er") || x.endsWith("es") || x.endsWith("em");
        return t.isWord() && !t.isCapitalized() && !t.known && x.length() > 2 && !adjectiveEnding;
    }

    private static final Set<String> TIME_WORDS = Set.of("Uhr", "MEZ", "MESZ", "UTC", "Januar", "Februar", "März", "April",
            "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Ende", "Anfang", "Mitte");

    /** "Mitte Mai 2009 meldete der Verband", "10 Uhr MEZ": a fronted time is no subject */
    static boolean timePhrase(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (TIME_WORDS.contains(t.text) || t.text.matches("(1[89]|20)\\d\\d")) return true;
        }
        return false;
    }
}
