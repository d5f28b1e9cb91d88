package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Sorted;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;

import java.util.List;
import org.whosaid.analysis.engine.lang.Sentence;

/** Cues near a token, found by binary search on the document's cues (which are in text order): bounded look-ups only. */
public final class Cues {
    private Cues() {}

    /** index in {@code doc.cues} of the first cue whose token is ≥ {@code tok} */
    public static int firstAtOrAfter(Document doc, int tok) {
        List<Cue> cues = doc.cues;
        int lo = Sorted.firstAtOrAfter(cues, x -> x.token, tok);
        return lo;
    }

    /**
     * The cues of sentence {@code s}, in text order: a view of the stretch of {@code doc.cues} between the sentence's
     * first and end token (two binary searches), for rules that used to walk every cue of the text per quote or sentence.
     */
    public static List<Cue> inSentence(Document doc, Sentence s) {
        return doc.cues.subList(firstAtOrAfter(doc, s.firstToken), firstAtOrAfter(doc, s.endToken));
    }

    /** whether a speech-verb cue starts at token {@code tok} */
    public static boolean verbAt(Document doc, int tok) {
        int i = firstAtOrAfter(doc, tok);
        return i < doc.cues.size() && doc.cues.get(i).token == tok && doc.cues.get(i).kind == Cue.Kind.VERB;
    }
}
