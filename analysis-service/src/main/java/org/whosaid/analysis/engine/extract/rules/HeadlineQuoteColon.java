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

/**
 * {@code headline-quote-colon}: a headline that opens with a quote followed by a colon and a name is that person's
 * direct statement: "„Der Steg bleibt bis Freitag zu“: Varga bittet um Geduld". The quote needs
 * {@link #MIN_WORDS} words; the name must stand right after the colon. Looks only at the headline's first tokens.
 */
public final class HeadlineQuoteColon {
    public static final String RULE = "headline-quote-colon";
    static final int MIN_WORDS = 3;

    private HeadlineQuoteColon() {}

    public static void apply(Document doc, List<Draft> out) {
        List<Token> tk = doc.tokens;
        for (Sentence s : doc.sentences) {
            if (!s.body || !s.headline || s.tokenCount() < 4) continue;
            Token open = tk.get(s.firstToken);
            QuoteSpan q = doc.quoteAround(open.start);
            if (q == null || q.used || q.start != open.start || q.parent >= 0 || q.words < MIN_WORDS) continue;
            int colon = doc.tokenAt(q.end);
            if (colon + 1 >= s.endToken || !tk.get(colon).is(":")) continue;
            Mention m = null;
            for (Mention x : SentenceMentions.starting(doc, colon + 1, colon + 2)) if (x.kind == Mention.Kind.NAME) m = x;
            if (m == null) continue;
            Draft d = new Draft(Form.Direct, RULE, s.index, 0.6);
            d.quote.add(new Span(q.innerStart, q.innerEnd));
            d.speaker = m;
            d.frame.add(new Span(tk.get(colon).start, m.end));
            d.evidence.add(RULE + ": the name after the headline's quote and colon");
            q.used = true;
            out.add(d);
        }
    }
}
