package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.QuoteSpan;

import java.util.List;

/**
 * {@code subject-colon-quote}: a quote after the colon of a short clause whose subject, at the start of the sentence or
 * right after the verb in second place, is a person, with no speech verb: "Verbandschef Wettberg blieb zurückhaltend:
 * „…“", "Sie reagierte knapp: „…“", "Am Abend wurde die Ministerin deutlich: „…“".
 * The person is the speaker; the clause up to its colon is the frame. Looks only at the clause before the colon (at most {@link #MAX_CLAUSE} tokens).
 */
final class SubjectColonQuote {
    static final String RULE = "subject-colon-quote";
    static final int MAX_CLAUSE = 12;
    /**
     * eighth round: the subject may follow the verb in second place ("Am Kai sparte die Präsidentin nicht mit Kritik: „…“")
     * and carry an apposition in commas ("…, Anna Weber, zum Ausdruck: „…“"); the clause then has at most
     * {@link #MAX_WIDE_CLAUSE} tokens
     */
    static final boolean WIDE = !Boolean.getBoolean("whosaid.noWideSubjectColon");
    static final int MAX_WIDE_CLAUSE = 20;

    private SubjectColonQuote() {
    }

    /**
     * the sentence's first finite verb stands after a fronted phrase and at most three words (article, role noun)
     * before the subject: "Am Kai sparte die Ministerin …", "Am Abend wurde Hafenmeisterin Anna Weber …"
     */
    static boolean verbBefore(Document doc, Sentence s, int subj) {
        for (int v = s.firstToken; v < subj; v++) {
            if (!FrontedSource.isFiniteVerb(doc.tokens.get(v))) continue;
            return v > s.firstToken && subj - v <= 4;
        }
        return false;
    }

    /** The statement for this quote, or null when no person opens a colon clause right before it. */
    static Draft draft(Document doc, Sentence s, QuoteSpan q) {
        List<Token> tk = doc.tokens;
        int colon = doc.tokenAt(q.start) - 1;
        boolean wide = WIDE;
        if (colon <= s.firstToken || colon - s.firstToken > (wide ? MAX_WIDE_CLAUSE : MAX_CLAUSE) || !tk.get(colon).is(":")) return null;
        for (int k = s.firstToken; k < colon; k++)
            if (tk.get(k).isPunct() && !tk.get(k).isAny("-", ".") && !(wide && tk.get(k).inSpeakerPhrase)) return null;
        Mention subj = Subjects.sentenceSubject(doc, s, colon);
        if (subj == null || (subj.token > s.firstToken + 1 && !(wide && verbBefore(doc, s, subj.token)))) return null;
        if (subj.kind != Mention.Kind.NAME && subj.kind != Mention.Kind.ROLE && subj.kind != Mention.Kind.PRONOUN) return null;
        Draft d = Contents.direct(doc, q, s, RULE, 0.7);
        d.speaker = subj;
        Roles.frame(doc, d, s.firstToken, colon + 1, true); // the clause with its colon introduces the quote
        d.evidence.add("the subject of the clause before the colon");
        return d;
    }
}
