package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Sorted;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentions starting inside a token range, found by binary search on the document's mentions (which are in text
 * order): rules look at a bounded window, never at every mention of the text.
 */
public final class SentenceMentions {
    private SentenceMentions() {}

    /** mentions whose first token lies in [from, to), in text order */
    public static List<Mention> starting(Document doc, int from, int to) {
        List<Mention> ms = doc.mentions;
        int lo = Sorted.firstAtOrAfter(ms, x -> x.token, from);
        List<Mention> out = new ArrayList<>(4);
        for (int i = lo; i < ms.size() && ms.get(i).token < to; i++) out.add(ms.get(i));
        return out;
    }

    /** the subject of a main clause: the first mention in [from, to) not after a preposition and not a place */
    public static Mention subject(Document doc, int from, int to) {
        for (Mention m : starting(doc, from, to)) {
            if (m.governed || m.kind == Mention.Kind.PLACE || doc.quoteAround(m.start) != null) continue;
            return m;
        }
        return null;
    }
}
