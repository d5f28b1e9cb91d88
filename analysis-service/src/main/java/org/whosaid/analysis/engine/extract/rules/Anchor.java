package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * A speech verb with a subject but no content: "Vertreter der Stadt äußerten sich zurückhaltend." It makes no
 * statement of its own (dropped before output), but the next Konjunktiv sentences continue its speaker
 * ({@link KonjunktivContinuation}).
 */
final class Anchor {
    private Anchor() {}

    static Draft apply(VerbClause x, Mention sp) {
        if (sp == null || !lastClauseOrSentence(x.doc, x.s, x.ce)) return null;
        Draft d = new Draft(Form.Reported, "anchor", x.s.index, 0.0);
        d.quote.add(new Span(x.s.start, x.s.end));
        d.speaker = sp;
        d.anchor = true;
        return d;
    }
}
