package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
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
 * {@code so}: "Der Hafen bleibt zu, so die Sprecherin." and "Der Hafen, so die Sprecherin, bleibt zu." A quote before
 * the marker that is the whole content makes it direct.
 */
public final class SoMarker {
    private SoMarker() {}

    /** "…, so X." or "…, so X, …" */
    public static Draft apply(Document doc, Sentence s, Cue c) {
        Mention sp = mentionStartingAt(doc, c.endToken);
        List<Token> tk = doc.tokens;
        if (sp == null) sp = sourceNounPhrase(doc, s, c);
        if (sp == null) return null;
        int phraseEnd = sp.endToken;
        while (phraseEnd < s.endToken && tk.get(phraseEnd).isWord() && !tk.get(phraseEnd).isCapitalized() && phraseEnd - sp.endToken < 3) phraseEnd++;
        boolean atEnd = phraseEnd >= s.endToken || (tk.get(phraseEnd).isPunct() && !tk.get(phraseEnd).is(",")) ;
        int comma = tk.get(c.token - 1).start;
        int from = comma;
        int to = tk.get(phraseEnd - 1).end;
        Draft d = new Draft(Form.Indirect, "so", s.index, 0.8);
        int contentStart = s.start;
        QuoteSpan q = doc.outerQuoteAround(comma - 1);
        if (q != null && q.start < contentStart) contentStart = q.start;
        if (atEnd) {
            if (q != null && q.start == contentStart && q.end >= comma - 1) {
                d.form = Form.Direct;
                d.quote.add(new Span(q.innerStart, q.innerEnd));
                q.used = true;
            } else {
                addTrimmed(doc, d, contentStart, comma);
            }
        } else {
            addTrimmed(doc, d, contentStart, comma);
            int after = phraseEnd < s.endToken && tk.get(phraseEnd).is(",") ? tk.get(phraseEnd).end : to;
            addTrimmed(doc, d, after, contentEnd(doc, s));
        }
        d.speaker = sp;
        d.frame.add(new Span(tk.get(c.token).start, to));
        return d;
    }

    /**
     * "…, so die Studie.", "…, so der Bericht der Kommission, …": a short noun phrase (with its genitive) that is not a
     * known person, right after "so" and closing the sentence or the aside (issue 13)
     */
    static Mention sourceNounPhrase(Document doc, Sentence s, Cue c) {
        if (!doc.german()) return null;
        List<Token> tk = doc.tokens;
        int e = readNP(doc, s, c.endToken);
        if (e < 0 || e - c.endToken > 5) return null;
        int g = extendGenitive(doc, s, e);
        if (g > e && g - c.endToken <= 9) e = g;
        boolean closes = e >= s.endToken || tk.get(e).isAny(",", ".", "!", "?", ";", ")");
        if (!closes) return null;
        return sourcePhrase(doc, s, c.endToken, e, null);
    }
}
