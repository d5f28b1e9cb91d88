package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * {@code nach-angaben}: "Nach Angaben der Polizei wurde niemand verletzt.", "nach eigenen Angaben" (the sentence's
 * subject). The speaker span is the source phrase after "nach".
 */
public final class NachAngabenMarker {
    private NachAngabenMarker() {}

    /**
     * "nach Angaben des X", "nach Ansicht von X", "nach eigenen Angaben", "Nach Polizeiangaben": the speaker span is
     * the source phrase after "nach" (gnqa convention: "Angaben der Polizei"), resolved to X when X is named.
     */
    /** "seinen" → "er", "ihren" → "sie" (the pronoun a possessive stands for), else null. */
    static String possessivePronoun(String lower) {
        if (lower.startsWith("sein")) return "er";
        if (lower.startsWith("ihr")) return "sie";
        return null;
    }

    public static Draft apply(Document doc, Sentence s, Cue c) {
        List<Token> tk = doc.tokens;
        Mention x = null;
        int k = c.endToken;
        if (k < s.endToken && tk.get(k).isAny("von", "vom", "aus")) k++;
        // the source right after the marker, or after an article ("nach Angaben der Polizei"); not a name further on
        // ("nach Kremlangaben nun Präsident X …" names no source after the compound)
        boolean article = k < s.endToken && tk.get(k).isAny("der", "des", "dem", "den", "die", "eines", "einer", "einem");
        for (Mention m : doc.mentions) {
            if ((m.token == k || (article && m.token == k + 1)) && m.sentence == s.index) { x = m; break; }
            if (m.token > k + 1) break;
        }
        int phraseEnd = x != null ? extendGenitive(doc, s, x.endToken) : c.endToken;
        // "nach einer Hochrechnung des Senders", "nach Angaben von n24": extend over a genitive/von phrase
        if (x == null && phraseEnd < s.endToken && tk.get(phraseEnd).isAny("des", "der", "von", "vom", "aus")) {
            int e = phraseEnd + 1;
            while (e < s.endToken && !tk.get(e).isPunct() && !(tk.get(e).onlyVerb() && !tk.get(e).isCapitalized()) && e - phraseEnd < 6
                    && (e == phraseEnd + 1 || tk.get(e).isCapitalized() || tk.get(e).isAdjective() || tk.get(e).isAny("des", "der", "von"))) e++;
            if (e > phraseEnd + 1) phraseEnd = e;
        }
        int ext = extendSource(doc, s, Math.max(phraseEnd, shortQuoteEnd(doc, s, phraseEnd)));
        if (ext > phraseEnd) {
            phraseEnd = ext;
            x = lastMentionIn(doc, s, c.endToken, phraseEnd, x);
        }
        // "nach Angaben des Sprechers, Ole Brandt, …": the name in commas belongs to the source phrase
        Mention named = NameApposition.after(doc, s, c.endToken, phraseEnd);
        if (named != null) {
            phraseEnd = named.endToken;
            x = named;
        }
        int fronted = FrontedSource.toFiniteVerb(doc, s, c.token, phraseEnd);
        if (fronted > phraseEnd) {
            phraseEnd = fronted;
            if (x == null) x = lastMentionIn(doc, s, c.endToken, phraseEnd, null);
        }
        boolean own = tk.get(c.token + 1).lower().startsWith("eigen");
        Mention resolved = x;
        if (own || (x == null && CueFinder.isPossessive(tk.get(c.token + 1).lower()))) {
            resolved = firstSubject(doc, s, c.token);
        }
        Mention sp = sourcePhrase(doc, s, c.token + 1, phraseEnd, resolved);
        // "Nach seinen Worten …" opening a sentence: the possessive points back like a pronoun (sein → er, ihr → sie)
        String owner = resolved == null && phraseEnd > c.token + 1 ? possessivePronoun(tk.get(c.token + 1).lower()) : null;
        if (owner != null) {
            sp = new Mention(Mention.Kind.PRONOUN, c.token + 1, phraseEnd, tk.get(c.token + 1).start, tk.get(phraseEnd - 1).end,
                    s.index, owner, null, null);
        }
        int from = tk.get(c.token).start;
        int to = tk.get(phraseEnd - 1).end;
        Draft d = new Draft(Form.Indirect, "nach-angaben", s.index, 0.8);
        markerContent(doc, s, d, c.token, phraseEnd, from, to);
        d.speaker = sp;
        d.frame.add(new Span(from, to));
        d.cue.add(new Span(tk.get(c.token).start, tk.get(c.token).end));
        d.evidence.add(d.rule);
        d.evidence.add("cue: " + c.lemma);
        return d;
    }
}
