package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * {@code cue-then-quote} without a comma: an opening quote of three words or more right after the cue clause, "sagte
 * die Ministerin „Wir bleiben hier“".
 */
final class CueThenQuote {
    private CueThenQuote() {}

    static Draft apply(VerbClause x) {
        Document doc = x.doc;
        Sentence s = x.s;
        List<Token> tk = doc.tokens;
        int cs = x.cs, ce = x.ce, v = x.v;
        if (ce >= s.endToken || !isQuoteOpen(tk.get(ce))) return null;
        QuoteSpan q = doc.quoteAround(tk.get(ce).start);
        if (q == null || q.start != tk.get(ce).start || q.words < 3) return null;
        Draft d = new Draft(Form.Direct, "cue-then-quote", s.index, 0.8);
        d.quote.add(new Span(q.innerStart, q.innerEnd));
        q.used = true;
        d.speaker = ofCue(doc, s, cs, ce, v);
        frame(doc, d, cs, ce, false);
        return d;
    }
}
