package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;
import java.util.Set;

/**
 * Trims the words of the clause that a speaker span ran into at its end: an adverbial of time ("Angaben der Polizei
 * vom Dienstag", "ein Sprecher der Reederei bis Montag", "gestern"), a "gegenüber" or "unter Berufung auf" phrase
 * (the addressee or the source, not the speaker), and a trailing adverb or uninflected adjective ("Angaben der
 * Feuerwehr zufolge rund", "nach Ansicht der Richter eindeutig"). Only the span's own tokens are read.
 */
public final class SpeakerTail {
    static final boolean ON = !Boolean.getBoolean("whosaid.noSpeakerTail");

    private static final Set<String> WEEKDAYS = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
            "Sonntag", "Sonnabend", "Wochenende", "Vortag", "Vormittag", "Nachmittag", "Abend", "Morgen");
    private static final Set<String> MONTHS = Set.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember");

    private SpeakerTail() {}

    public static void apply(Document doc, Draft d) {
        Mention m = d.speaker;
        if (!ON || m == null || m.kind == Mention.Kind.PRONOUN || m.endToken - m.token < 2 || !doc.german()) return;
        List<Token> tk = doc.tokens;
        int end = m.endToken;
        for (int k = m.token + 1; k < m.endToken; k++) {
            if (cutsHere(tk, k, m.endToken)) { end = k; break; }
        }
        while (end > m.token + 1 && looseTail(tk.get(end - 1))) end--;
        if (end == m.endToken) return;
        d.speaker = SpeakerSpans.widened(m, end, tk);
    }

    /** whether token k opens a phrase of the clause, not of the speaker */
    private static boolean cutsHere(List<Token> tk, int k, int end) {
        Token t = tk.get(k);
        if (t.is("gegenüber")) return true;
        if (t.is("unter") && k + 1 < end && tk.get(k + 1).is("Berufung")) return true;
        if (t.isWord() && !t.isCapitalized() && t.tags.contains("ADV:TMP") && !t.isAdjective()) return true;   // "gestern"
        if (t.isAny("vom", "am", "bis") && k + 1 < end) {
            Token n = tk.get(k + 1);
            boolean day = WEEKDAYS.contains(n.text) || t.is("bis") && (MONTHS.contains(n.text) || Character.isDigit(n.text.charAt(0)));
            // "einer am Dienstag veröffentlichten Mitteilung": the day is inside the phrase when a noun follows it
            return day && !nounAfter(tk, k + 2, end);
        }
        return false;
    }

    private static boolean nounAfter(List<Token> tk, int from, int end) {
        for (int k = from; k < end; k++) if (tk.get(k).isCapitalized() && tk.get(k).isWord()) return true;
        return false;
    }

    /** an adverb, an uninflected adjective, a conjunction or a comma cannot end a noun phrase */
    private static boolean looseTail(Token t) {
        if (t.isAny(",", "und", "oder", "sowie", "–", "-")) return true;
        if (!t.isWord() || t.isCapitalized() || t.isNoun() || t.isProperName() || !t.known) return false;
        String tags = t.tags;
        boolean inflectable = tags.contains("ADJ:") && !tags.replace("ADJ:PRD", "").contains("ADJ:");
        return tags.startsWith("ADV") || tags.contains("|ADV") || inflectable && tags.contains("ADJ:PRD");
    }
}
