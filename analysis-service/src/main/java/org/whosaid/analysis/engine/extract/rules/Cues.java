package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Sorted;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;

import java.util.List;

/** Cues near a token, found by binary search on the document's cues (which are in text order): bounded look-ups only. */
public final class Cues {
    private Cues() {}

    /** index in {@code doc.cues} of the first cue whose token is ≥ {@code tok} */
    public static int firstAtOrAfter(Document doc, int tok) {
        List<Cue> cues = doc.cues;
        int lo = Sorted.firstAtOrAfter(cues, x -> x.token, tok);
        return lo;
    }

    /** whether a speech-verb cue starts at token {@code tok} */
    public static boolean verbAt(Document doc, int tok) {
        int i = firstAtOrAfter(doc, tok);
        return i < doc.cues.size() && doc.cues.get(i).token == tok && doc.cues.get(i).kind == Cue.Kind.VERB;
    }
}
