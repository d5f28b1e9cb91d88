package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * {@code das-cue}: "Der Hafen bleibt zu. Das erklärte die Ministerin am Abend." — a cue clause opened by "Das",
 * "Dies", "So" (English "This", "That") takes the previous sentence of the same or the previous paragraph as its
 * content, unless that sentence is already a statement.
 */
final class DasCue {
    private DasCue() {}

    static Draft apply(VerbClause x) {
        Document doc = x.doc;
        Sentence s = x.s;
        int cs = x.cs, ce = x.ce, v = x.v;
        Token first = x.first();
        if (v != cs + 1 || cs != s.firstToken || !DAS_SUBJECT.contains(first.text) || s.index <= 0) return null;
        Sentence prev = doc.sentences.get(s.index - 1);
        if (!prev.body || prev.headline || Overlaps.covered(x.out, prev.start, prev.end) || prev.paragraph < s.paragraph - 1) return null;
        int pe = prev.end;
        while (pe > prev.start && ".!?".indexOf(doc.text.charAt(pe - 1)) >= 0) pe--;
        Draft d = contentDraft(doc, prev, prev.start, pe, "das-cue", 0.8);
        d.sentence = prev.index;
        d.speaker = speakerAfter(doc, s, v + 1, ce);
        frame(doc, d, cs, ce, false);
        channel(doc, d, cs, ce);
        d.evidence.add("content is the sentence before the cue (" + first.text + " …)");
        return d;
    }
}
