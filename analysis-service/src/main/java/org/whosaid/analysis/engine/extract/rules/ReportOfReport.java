package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Span;

import java.util.List;

/**
 * A report without a named speaker whose whole content is another, attributed statement gives way to that statement:
 * in "„Das Blatt“ berichtet, Obermeier habe erklärt: Der Plan sei gut." the outer report names nobody (its subject is
 * a quoted title), and all it reports is what Obermeier said. Obermeier's statement stays, with the outer cue in its
 * evidence; the unattributed outer statement is dropped. An outer report with a speaker is kept as the parent.
 */
public final class ReportOfReport {
    /** characters the inner statement's speaker may start after the outer content (a quotation mark, a space) */
    static final int LEAD = 3;

    private ReportOfReport() {}

    public static void apply(Document doc, List<Draft> out) {
        for (Draft inner : out) {
            Draft outer = inner.parent;
            if (outer == null || !outer.keep || outer.speaker != null || outer.speakerFrom != null || inner.speaker == null) continue;
            if (outer.quote.size() != 1 || inner.speaker.start < outer.start() || inner.speaker.start - outer.start() > LEAD) continue;
            if (inner.end() < outer.end() - LEAD) continue;
            outer.keep = false;
            inner.parent = null;
            Span c = outer.cue.isEmpty() ? null : outer.cue.get(0);
            inner.evidence.add("reported inside a report that names no speaker" + (c == null ? "" : " ('" + doc.slice(c.start(), c.end()) + "')"));
        }
        out.removeIf(d -> !d.keep);
    }
}
