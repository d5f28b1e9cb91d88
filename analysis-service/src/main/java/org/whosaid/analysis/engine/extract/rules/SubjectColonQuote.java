package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.QuoteSpan;

import java.util.List;

/**
 * {@code subject-colon-quote}: a quote after the colon of a short clause whose subject, at the start of the sentence,
 * is a person, with no speech verb: "Verbandschef Wettberg blieb zurückhaltend: „…“", "Sie reagierte knapp: „…“".
 * The person is the speaker; the clause up to its colon is the frame. Looks only at the clause before the colon (at most {@link #MAX_CLAUSE} tokens).
 */
final class SubjectColonQuote {
    static final String RULE = "subject-colon-quote";
    static final int MAX_CLAUSE = 12;

    private SubjectColonQuote() {
    }

    /** The statement for this quote, or null when no person opens a colon clause right before it. */
    static Draft draft(Document doc, Sentence s, QuoteSpan q) {
        List<Token> tk = doc.tokens;
        int colon = doc.tokenAt(q.start) - 1;
        if (colon <= s.firstToken || colon - s.firstToken > MAX_CLAUSE || !tk.get(colon).is(":")) return null;
        for (int k = s.firstToken; k < colon; k++) if (tk.get(k).isPunct() && !tk.get(k).isAny("-", ".")) return null;
        Mention subj = Subjects.sentenceSubject(doc, s, colon);
        if (subj == null || subj.token > s.firstToken + 1) return null;
        if (subj.kind != Mention.Kind.NAME && subj.kind != Mention.Kind.ROLE && subj.kind != Mention.Kind.PRONOUN) return null;
        Draft d = Contents.direct(doc, q, s, RULE, 0.7);
        d.speaker = subj;
        Roles.frame(doc, d, s.firstToken, colon + 1, true); // the clause with its colon introduces the quote
        d.evidence.add("the subject of the clause before the colon");
        return d;
    }
}
