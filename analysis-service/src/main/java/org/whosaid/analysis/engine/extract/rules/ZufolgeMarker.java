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
 * {@code zufolge}: "Der Sprecherin zufolge bleibt der Hafen zu.", "Angaben des Wetterdienstes zufolge …". The source
 * phrase before "zufolge" is the speaker; a dative pronoun ("ihm zufolge") is resolved like any pronoun.
 */
public final class ZufolgeMarker {
    private ZufolgeMarker() {}

    /** "X zufolge …", "Berichten zufolge …" */
    public static Draft apply(Document doc, Sentence s, Cue c) {
        Mention sp = mentionEndingAt(doc, c.token);
        int from;
        int np = sourceStart(doc, s, c.token);
        if (np < c.token && (sp == null || np < sp.token)) {
            // "Angaben des Wetterdienstes von Kranzhafen zufolge", "der Meldung zufolge", "Berichten verschiedener Medien zufolge"
            Mention x = lastMentionIn(doc, s, np, c.token, null);
            sp = sourcePhrase(doc, s, np, c.token, x);
            from = doc.tokens.get(np).start;
        } else if (sp != null) {
            from = sp.start;
        } else {
            int k = c.token - 1;
            while (k > s.firstToken && doc.tokens.get(k - 1).isWord() && !doc.tokens.get(k - 1).isCapitalized() && c.token - k < 3) k--;
            if (k > s.firstToken && doc.tokens.get(k - 1).isAny("der", "des", "den", "dem", "einem")) k--;
            from = doc.tokens.get(k).start;
            // genitive chain: "Angaben der Polizei zufolge"
            Mention m = null;
            for (Mention x : doc.mentions) if (x.token >= k - 4 && x.endToken <= c.token && x.sentence == s.index) m = x;
            sp = m;
            if (m != null && m.start < from) from = m.start;
        }
        int to = doc.tokens.get(c.token).end;
        int fromTok = doc.tokenAt(from);
        if (sp == null || sp.token != fromTok) sp = sourcePhrase(doc, s, fromTok, c.token, sp);
        Mention dative = DativePronounSource.mention(doc, s, c.token);
        if (dative != null) sp = dative;
        Draft d = new Draft(Form.Indirect, "zufolge", s.index, 0.8);
        remainder(doc, s, d, from, to, contentEnd(doc, s));
        d.speaker = sp;
        d.frame.add(new Span(from, to));
        return d;
    }
}
