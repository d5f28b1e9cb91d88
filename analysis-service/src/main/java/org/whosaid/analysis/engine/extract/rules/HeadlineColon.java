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

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * A headline that starts with a name and a colon is that person's statement ({@code headline-colon}):
 * "Brandtner: Hafen bleibt bis Montag zu". A quote after the colon that runs to the end makes it direct.
 */
public final class HeadlineColon {
    private HeadlineColon() {}

    public static void apply(Document doc, List<Draft> out) {
        List<Token> tk = doc.tokens;
        for (Sentence s : doc.sentences) {
            if (!s.body || !s.headline || s.tokenCount() < 4) continue;
            for (Mention m : doc.mentions) {
                if (m.sentence != s.index || m.token != s.firstToken || m.kind != Mention.Kind.NAME) continue;
                if (m.endToken < s.endToken && tk.get(m.endToken).is(":")) {
                    Draft d = new Draft(Form.Indirect, "headline-colon", s.index, 0.5);
                    int from = tk.get(m.endToken).end;
                    addTrimmed(doc, d, from, s.end);
                    QuoteSpan q = doc.quoteAround(tk.get(Math.min(m.endToken + 1, s.endToken - 1)).start);
                    if (q != null && q.innerEnd >= s.end - 2) { d.quote.clear(); d.quote.add(new Span(q.innerStart, q.innerEnd)); d.form = Form.Direct; q.used = true; }
                    d.speaker = m;
                    d.frame.add(new Span(m.start, tk.get(m.endToken).end));
                    if (!d.quote.isEmpty()) out.add(d);
                }
            }
        }
    }
}
