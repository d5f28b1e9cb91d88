package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * A quoted title alone as the subject of the cue: "„Hafenblatt“ berichtete, …" or "Wie „Nordpost Online“ meldet, …".
 * A statement left without a speaker takes the title, its quotation marks included, as a source phrase.
 */
public final class QuotedTitleSpeaker {
    private QuotedTitleSpeaker() {}

    public static void apply(Document doc, Draft d) {
        if (d.speaker != null || d.speakerFrom != null || d.cue.isEmpty() || !doc.german()) return;
        List<Token> tk = doc.tokens;
        int cueTok = doc.tokenAt(d.cue.get(0).start());
        Sentence s = doc.sentences.get(tk.get(cueTok).sentence);
        int from = -1, to = -1;
        if (tk.get(cueTok).isAny("Wie", "wie") && d.cue.size() > 1) {
            int e = Clauses.shortQuoteEnd(doc, s, cueTok + 1);       // "Wie „Nordpost“ meldet"
            if (e > cueTok + 1 && e == doc.tokenAt(d.cue.get(1).start())) { from = cueTok + 1; to = e; }
        } else {
            for (int k = cueTok - 2; k >= s.firstToken && cueTok - k <= 7; k--) { // "„Hafenblatt“ berichtete"
                if (Clauses.shortQuoteEnd(doc, s, k) == cueTok && (k == s.firstToken || tk.get(k - 1).is(","))) {
                    from = k;
                    to = cueTok;
                    break;
                }
            }
        }
        if (from < 0 || d.overlaps(tk.get(from).start, tk.get(to - 1).end) || reportsAReport(doc, d)) return;
        d.speaker = NounPhrases.sourcePhrase(doc, s, from, to, null);
    }

    /** "„Hafenblatt“ berichtet, Ida Holm habe erklärt: …": the content opens with a speech verb of its own speaker */
    private static boolean reportsAReport(Document doc, Draft d) {
        int c0 = doc.tokenAt(d.start());
        for (org.whosaid.analysis.engine.layer.Cue c : doc.cues) {
            if (c.token >= c0 && c.token < c0 + 6) return true;
        }
        return false;
    }
}
