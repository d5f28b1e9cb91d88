package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
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
 * {@code wie-cue}: "…, wie die Sprecherin mitteilte." — the rest of the sentence is the content. When the sentence
 * (or, after "Das sagte X.", the sentence before) already carries a statement, the wie-clause names its intermediary
 * instead ("wie die Agentur berichtete").
 */
public final class WieCue {
    private WieCue() {}

    public static Draft apply(Document doc, Sentence s, Cue c, int cs, int ce, List<Draft> out) {
        List<Token> tk = doc.tokens;
        Mention sp = speakerAfter(doc, s, cs + 1, c.token);
        if (sp == null) sp = speakerAfter(doc, s, c.token + 1, ce);
        // the sentence already carries a statement: the wie-clause names an intermediary
        for (Draft d : out) {
            if (d.sentence == s.index || (d.sentence == s.index - 1 && "das-cue".equals(d.rule) && s.index == d.sentence + 1)) {
                if (d.intermediary == null && sp != null) {
                    d.intermediary = sp;
                    d.evidence.add("intermediary: " + doc.slice(tk.get(cs).start, tk.get(ce - 1).end));
                    return null;
                }
            }
        }
        if (sp == null && !c.lemma.equals("berichten")) return null;
        int sentEnd = contentEnd(doc, s);
        int from = tk.get(cs).start;
        int to = tk.get(ce - 1).end;
        Draft d = new Draft(Form.Indirect, "wie-cue", s.index, 0.75);
        remainder(doc, s, d, from, to, sentEnd);
        d.speaker = sp;
        d.cue.add(new Span(tk.get(cs).start, tk.get(cs).end));
        d.cue.add(new Span(tk.get(c.token).start, tk.get(c.token).end));
        if (c.particle >= 0) d.cue.add(new Span(tk.get(c.particle).start, tk.get(c.particle).end));
        d.evidence.add("cue: wie … " + c.lemma);
        d.frame.add(new Span(from, to));
        return d.quote.isEmpty() ? null : d;
    }
}
