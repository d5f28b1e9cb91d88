package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pronoun with a cue in Konjunktiv I inside another statement's content reports within it, not on its own: in "Eine
 * Sprecherin der Reederei sagte, sie glaube, dass die Fähre fährt." the statement is the spokeswoman's, with content
 * "sie glaube, dass die Fähre fährt"; the {@code cue-then-content} statement of "sie glaube" is dropped.
 */
public final class KonjunktivCueInside {
    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noKonj1SubjectCue");

    private KonjunktivCueInside() {}

    public static void apply(Document doc, List<Draft> out) {
        if (!ENABLED || !doc.german()) return;
        Map<Integer, List<Draft>> bySentence = new HashMap<>();
        for (Draft d : out) bySentence.computeIfAbsent(d.sentence, k -> new ArrayList<>()).add(d);
        out.removeIf(d -> d.rule.equals("cue-then-content") && !d.cue.isEmpty() && d.speaker != null
                && d.speaker.kind == Mention.Kind.PRONOUN && konj1Cue(doc, d)
                && insideOther(d, bySentence.get(d.sentence)));
    }

    private static boolean konj1Cue(Document doc, Draft d) {
        int k = doc.tokenAt(d.cue.get(0).start());
        return k < doc.tokens.size() && Moods.distinctKonj1(doc.tokens.get(k));
    }

    /**
     * whether the draft's cue lies inside the content of another statement of its sentence; not of a sentence that
     * continues the statement before as a whole, which keeps its cue's own statement ({@link KonjunktivCueSentence})
     */
    private static boolean insideOther(Draft d, List<Draft> sameSentence) {
        Span c = d.cue.get(0);
        for (Draft o : sameSentence) {
            if (o == d || o.rule.equals("konjunktiv-cue-continues")) continue;
            for (Span q : o.quote) if (q.start() <= c.start() && c.end() <= q.end()) return true;
        }
        return false;
    }
}
