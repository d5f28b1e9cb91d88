package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.layer.Mention;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * {@code wonach}: "Äußerungen der Ministerin, wonach der Hafen zubleibe, …": the clause after "wonach" is the
 * content of the name, role or institution before it.
 */
public final class WonachMarker {
    private WonachMarker() {}

    /** "Äußerungen des Ministers X, wonach …" */
    public static Draft apply(Document doc, Sentence s, Cue c) {
        Mention sp = null;
        int cs = CueFinder.clauseStart(doc, s, c.token - 1);
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index || m.token < cs || m.token >= c.token) continue;
            if (m.kind == Mention.Kind.NAME || m.kind == Mention.Kind.ROLE || m.kind == Mention.Kind.INSTITUTION) {
                if (sp == null || (sp.kind != Mention.Kind.NAME && m.kind == Mention.Kind.NAME)) sp = m;
            }
        }
        if (sp == null) return null;
        Draft d = contentDraft(doc, s, doc.tokens.get(c.token + 1).start, contentEnd(doc, s), "wonach", 0.7);
        d.speaker = sp;
        return d;
    }
}
