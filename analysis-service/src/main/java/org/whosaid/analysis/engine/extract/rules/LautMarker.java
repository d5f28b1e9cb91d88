package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * {@code laut} and {@code according-to}: "Laut der Sprecherin bleibt der Hafen zu.", "According to the mayor, the port
 * stays closed." The content is the sentence without the marker phrase; the speaker is the named source or the
 * source phrase ("laut einem Bericht der Zeitung X").
 */
public final class LautMarker {
    private LautMarker() {}

    /** "laut X …" / "according to X, …" */
    public static Draft apply(Document doc, Sentence s, Cue c) {
        // "betonte er laut BBC, dass …": the speech verb and its subject speak; the outlet only reports it
        if (doc.german() && speechVerbRightBefore(doc, s, c.token)) return null;
        Mention sp = mentionStartingAt(doc, c.endToken);
        int phraseEnd = sp != null ? extendGenitive(doc, s, sp.endToken) : c.endToken;
        Mention dative = sp == null ? DativePronounSource.after(doc, s, c.endToken) : null;
        if (dative != null) {
            sp = dative;
            phraseEnd = c.endToken + 1;
        }
        if (sp == null && !doc.german()) {
            int e = c.endToken;
            while (e < s.endToken && !doc.tokens.get(e).isPunct() && e - c.endToken < 8) e++;
            Mention x = NounPhrases.firstMentionWithin(doc, c.endToken, e);
            phraseEnd = Math.max(e, c.endToken + 1);
            sp = sourcePhrase(doc, s, c.endToken, phraseEnd, x);
        }
        if (sp == null) {
            // "laut Angaben des Ministeriums", "laut einem Bericht der Zeitung X", "laut Medienberichten"
            int e = numberCut(doc, c.endToken, readNP(doc, s, c.endToken));
            if (e < 0) {
                e = c.endToken;
                while (e < s.endToken && doc.tokens.get(e).isWord() && e - c.endToken < 2) e++;
            }
            Mention x = null;
            if (e < s.endToken && doc.tokens.get(e).isAny("des", "der", "von", "vom")) {
                x = NounPhrases.mentionAtOrNext(doc, e);
                if (x != null) e = x.endToken;
            }
            phraseEnd = Math.max(e, c.endToken + 1);
            sp = sourcePhrase(doc, s, c.endToken, phraseEnd, x);
        }
        if (doc.german()) {
            // "Laut „Nordpost“", "laut Recherchen des Magazins X", "laut einem Bericht der Zeitung Y"
            int q = shortQuoteEnd(doc, s, c.endToken);
            int e = extendSource(doc, s, Math.max(phraseEnd, q));
            if (e > phraseEnd) {
                phraseEnd = e;
                sp = sourcePhrase(doc, s, c.endToken, phraseEnd, lastMentionIn(doc, s, c.endToken, phraseEnd, sp));
            }
        }
        // "laut dem Sprecher des Amts, Ole Brandt, sei …": the name in commas belongs to the source phrase
        Mention named = NameApposition.after(doc, s, c.endToken, phraseEnd);
        if (named != null) {
            phraseEnd = named.endToken;
            sp = sourcePhrase(doc, s, c.endToken, phraseEnd, named);
        }
        int fronted = FrontedSource.toFiniteVerb(doc, s, c.token, phraseEnd);
        if (fronted > phraseEnd) {
            phraseEnd = fronted;
            sp = sourcePhrase(doc, s, c.endToken, phraseEnd, sp);
        }
        Draft d = new Draft(Form.Indirect, c.kind == Cue.Kind.LAUT ? "laut" : "according-to", s.index, 0.8);
        int from = doc.tokens.get(c.token).start;
        int to = doc.tokens.get(phraseEnd - 1).end;
        markerContent(doc, s, d, c.token, phraseEnd, from, to);
        d.speaker = sp;
        d.frame.add(new Span(from, to));
        return d;
    }

    /**
     * "laut Behördenangaben 40 Fähren": a number after the source's first noun opens the clause's own phrase, so the
     * source ends before it; -1 stays -1.
     */
    static int numberCut(Document doc, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (Character.isDigit(doc.tokens.get(k).text.charAt(0)) && doc.tokens.get(k - 1).isWord()) return k;
        }
        return end;
    }
}
