package org.whosaid.analysis.engine.extract.rules;

import java.util.List;

import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Span;

import static org.whosaid.analysis.engine.extract.rules.Clauses.isQuoteOpen;

/**
 * The cue of a quoted judgement ({@link JudgementQuote}) takes the "als" right before the quote: in the invented
 * "Die Reederin bezeichnete den Fahrplan als „unbrauchbar“" the cue is "bezeichnete … als". Its own class so that
 * {@link Roles}, which sets every statement's cue spans, and {@link JudgementQuote}, which asks Roles for its frame,
 * do not call each other.
 */
final class JudgementCue {
    private JudgementCue() {
    }

    /**
     * "bezeichnete das Treffen als „…“": the "als" right before the quote belongs to the cue (called once the verb's
     * cue spans are set); looked for among the first {@link JudgementQuote#WINDOW} tokens of the statement's content.
     */
    static void addAls(Document doc, Draft d) {
        if (!JudgementQuote.RULE.equals(d.rule) || d.quote.isEmpty()) return;
        List<Token> tk = doc.tokens;
        int first = doc.tokenAt(d.start());
        for (int k = first; k + 1 < tk.size() && k < first + JudgementQuote.WINDOW && tk.get(k).start < d.end(); k++) {
            if (tk.get(k).lower().equals("als") && isQuoteOpen(tk.get(k + 1))) {
                d.cue.add(new Span(tk.get(k).start, tk.get(k).end));
                return;
            }
        }
    }
}
