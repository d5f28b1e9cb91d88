package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.extract.QuoteFinder;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * English reported speech after the verb without a comma ({@code cue-then-content}): "She added that the boats would
 * sail", "He told reporters the budget was too small" (the addressee is "reporters"), "said on Sunday that …". A place
 * or time phrase right after the verb is no content ("told reporters outside the town hall").
 */
final class EnglishThatContent {
    private EnglishThatContent() {}

    static Draft apply(VerbClause x) {
        Document doc = x.doc;
        Sentence s = x.s;
        Cue c = x.c;
        List<Token> tk = doc.tokens;
        int cs = x.cs, v = x.v;
        if (!(!doc.german() && !c.act || !doc.german() && v + 1 < s.endToken && tk.get(v + 1).is("that"))) return null;
        Mention subj = speakerBefore(doc, s, cs, v);
        if (subj == null) subj = x.relativeSubject;
        if (subj == null) subj = SharedSubject.of(doc, s, cs, v);
        // "… constructive, but added that …": the subject of the speech act before
        Draft first = subj == null ? CoordinatedCue.draftWithSpeaker(x.out, doc, CoordinatedCue.earlierSpeechAct(doc, s, v)) : null;
        if (first != null) subj = first.speaker;
        if (subj == null || v + 1 >= s.endToken) return null;
        int k = v + 1;
        Span addr = null;
        if (c.lemma.equals("tell") && k < s.endToken && !tk.get(k).is("that")) {
            int a = k;
            while (k < s.endToken && tk.get(k).isWord() && !tk.get(k).is("that") && k - a < 4
                    && !EN_PREPOSITIONS.contains(tk.get(k).lower())
                    && (k == a || tk.get(k).isCapitalized() || tk.get(k - 1).isAny("the", "a", "an", "his", "her", "their")
                        || tk.get(a).isAny("a", "an", "the") && !tk.get(k).isCapitalized())) k++;
            addr = new Span(tk.get(a).start, tk.get(k - 1).end);
        }
        if (k < s.endToken && tk.get(k).is("that")) k++;
        else if (thatWithin(doc, s, k) > 0) k = thatWithin(doc, s, k) + 1; // "said on Sunday that", "told a briefing in X that"
        // "told reporters outside the town hall", "said at the gate": a place or time phrase is no content
        boolean thatConsumed = k > v + 1 && tk.get(k - 1).is("that");
        if (!thatConsumed) k = skipTimePhrase(doc, s, k);
        if (!thatConsumed && k > v + 1 && ReducedRelative.after(doc, s, k)) return null;
        boolean phrase = !thatConsumed && k < s.endToken && EN_PREPOSITIONS.contains(tk.get(k).lower());
        // "said that “no deal” was reached": a quote opening the content but followed by more of the clause
        QuoteSpan q0 = k < s.endToken && thatConsumed && isQuoteOpen(tk.get(k)) ? doc.quoteAround(tk.get(k).start) : null;
        boolean quotePart = q0 != null && q0.start == tk.get(k).start && q0.parent < 0 && quotedPartOfClause(doc, s, q0);
        if (k < s.endToken && !phrase && (tk.get(k).isWord() || quotePart) && (k > v + 1 || Character.isLowerCase(tk.get(k).text.charAt(0)) || tk.get(k).isCapitalized())) {
            QuoteSpan q = doc.quoteAround(tk.get(k).start);
            if (q == null || q.start != tk.get(k).start || quotePart) {
                // the content ends before ", and said …" or a second speech act of the speaker ("…, adding that …")
                int end = coordinatedCueStart(doc, s, k, x.sentEnd), second = CoordinatedCue.startAfter(doc, s, k);
                Draft d = contentDraft(doc, s, tk.get(k).start, second >= 0 ? Math.min(end, second) : end, "cue-then-content", 0.8);
                if (!d.quote.isEmpty() && QuoteFinder.countWords(doc.text, d.start(), d.end()) >= 3) {
                    d.speaker = subj;
                    d.addressee = addr;
                    d.frame.add(new Span(tk.get(cs).start, tk.get(k - 1).end));
                    return CoordinatedCue.sharing(d, first);
                }
            }
        }
        return null;
    }

    /** the quote is followed, after its closing mark (and a comma inside it), by a lower-case word of the same clause */
    private static boolean quotedPartOfClause(Document doc, Sentence s, QuoteSpan q) {
        List<Token> tk = doc.tokens;
        for (int k = s.firstToken; k < s.endToken; k++) {
            if (tk.get(k).start < q.end) continue;
            Token t = tk.get(k);
            return t.isWord() && Character.isLowerCase(t.text.charAt(0));
        }
        return false;
    }
}
