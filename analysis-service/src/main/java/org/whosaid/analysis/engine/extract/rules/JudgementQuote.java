package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Set;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * A quoted judgement framed by its verb: "X bezeichnete das Treffen als „sehr gut“", "X nannte die Gespräche
 * „produktiv“", English "X called the talks “useful”". The quote alone says little; the statement is what was judged together with the judgement, from the
 * token after the verb to the end of the quote, a {@code Direct} statement of the verb's subject. The quote must
 * close the verb's clause (a comma, "und"/"aber" or the sentence end after it) and start at most {@link #WINDOW}
 * tokens after the verb, right after "als" (or, for "nennen", after a noun). The frame is the clause up to the quote.
 */
final class JudgementQuote {
    static final String RULE = "judgement-quote";
    static final int WINDOW = 14;
    private static final Set<String> ALS = Set.of("bezeichnen", "werten", "bewerten", "einstufen");

    private JudgementQuote() {}

    static Draft apply(VerbClause x) {
        Document doc = x.doc;
        boolean als = doc.german() && ALS.contains(x.c.lemma);
        if (!als && !x.c.lemma.equals(doc.german() ? "nennen" : "call")) return null;
        Sentence s = x.s;
        List<Token> tk = doc.tokens;
        int v = x.v;
        if (v + 1 >= s.endToken || isQuoteOpen(tk.get(v + 1))) return null;
        int end = Math.min(s.endToken, v + WINDOW);
        boolean noun = false;
        for (int k = v + 1; k < end; k++) {
            Token t = tk.get(k);
            if (t.isAny(",", ";", ":", "dass", "daß", "ob", "wie", "und", "that", "and")) return null;
            if (!isQuoteOpen(t)) {
                if (t.isWord() && (t.isCapitalized() || !doc.german())) noun = true;
                continue;
            }
            Token before = tk.get(k - 1);
            if (als ? !before.lower().equals("als") : !noun) return null;
            QuoteSpan q = doc.quoteAround(t.start);
            if (q == null || q.start != t.start || q.words > 12) return null;
            int after = k + 1;
            while (after < s.endToken && tk.get(after).start < q.end) after++;
            if (after < s.endToken && !tk.get(after).isAny(".", ",", ";", "und", "aber", "!", "?")) return null;
            Mention sp = ofCue(doc, s, x.cs, x.ce, v);
            if (sp == null || sp.kind == Mention.Kind.PLACE) return null;
            // English: only the subject right before "called" ("Ushakov called …"), never "a group called “…”"
            if (!doc.german() && (sp.endToken != v || (sp.kind != Mention.Kind.NAME && sp.kind != Mention.Kind.PRONOUN && sp.kind != Mention.Kind.ROLE))) return null;
            Draft d = new Draft(Form.Direct, RULE, s.index, 0.7);
            d.quote.add(new Span(tk.get(v + 1).start, q.innerEnd));
            q.used = true;
            d.speaker = sp;
            Roles.frame(doc, d, x.cs, k, false); // "X bezeichnete das Treffen als": the clause up to the quote
            d.evidence.add(RULE + ": '" + tk.get(v).text + " … " + (als ? "als " : "") + "„…“' frames a quoted judgement");
            return d;
        }
        return null;
    }
}
