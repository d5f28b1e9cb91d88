package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.extract.QuoteFinder;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * Quoted words inside indirect speech become their own direct statement ({@code nested-quote}) of the same speaker,
 * from {@link #NESTED_MIN_WORDS} words on: "Sie sagte, man habe „alles für den Hafen getan“." An indirect statement
 * whose whole content is one quote becomes direct speech instead.
 */
public final class NestedQuotes {
    private NestedQuotes() {}

    /** quoted words inside indirect speech become their own (nested) statement from this length on */
    static final int NESTED_MIN_WORDS = Integer.getInteger("whosaid.nestedMinWords", 4);

    public static void apply(Document doc, List<Draft> out) {
        List<Draft> added = new ArrayList<>();
        QuotesByStart quotes = new QuotesByStart(doc.quotes);
        for (Draft d : out) {
            if (d.form == Form.Direct || d.anchor) continue;
            // only the quotes starting inside one of the content's spans can lie inside it, in the quotes' own order
            for (int qi : quotes.startingIn(d.quote)) {
                QuoteSpan q = doc.quotes.get(qi);
                if (q.words < NESTED_MIN_WORDS || titleLike(doc, q)) continue;
                boolean inside = false;
                for (Span sp : d.quote) if (sp.start() <= q.start && q.end <= sp.end()) inside = true;
                if (!inside) continue;
                boolean whole = d.quote.size() == 1 && d.quote.get(0).start() == q.start && d.quote.get(0).end() >= q.end - 1;
                if (whole && d.form == Form.Indirect) {
                    // the content is a quote: it is direct speech
                    d.form = Form.Direct;
                    d.quote.clear();
                    d.quote.add(new Span(q.innerStart, q.innerEnd));
                    q.used = true;
                    break;
                }
                if (coveredExactly(out, q.innerStart, q.innerEnd) || coveredExactly(added, q.innerStart, q.innerEnd)) continue;
                Draft n = new Draft(Form.Direct, "nested-quote", d.sentence, Math.min(0.9, d.confidence));
                n.quote.add(new Span(q.innerStart, q.innerEnd));
                n.speaker = d.speaker;
                n.speakerFrom = d.speakerFrom;
                n.cue.addAll(d.cue);
                n.frame.addAll(d.frame);
                n.medium = d.medium;
                n.parent = d;
                n.evidence.add("quoted words inside the statement's content");
                q.used = true;
                added.add(n);
            }
        }
        out.addAll(added);
    }

    /** The quotes sorted by start once, to find those starting within a span by binary search (issue 15). */
    static final class QuotesByStart {
        private final int[] order; // quote indexes by start offset
        private final int[] starts;

        QuotesByStart(List<QuoteSpan> quotes) {
            order = java.util.stream.IntStream.range(0, quotes.size()).boxed()
                    .sorted(java.util.Comparator.comparingInt(i -> quotes.get(i).start)).mapToInt(Integer::intValue).toArray();
            starts = new int[order.length];
            for (int k = 0; k < order.length; k++) starts[k] = quotes.get(order[k]).start;
        }

        /** indexes (ascending, each once) of the quotes whose start lies within one of the spans */
        int[] startingIn(List<Span> spans) {
            java.util.BitSet hit = new java.util.BitSet();
            for (Span sp : spans) {
                int lo = 0, hi = starts.length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (starts[mid] < sp.start()) lo = mid + 1;
                    else hi = mid;
                }
                for (int k = lo; k < starts.length && starts[k] <= sp.end(); k++) hit.set(order[k]);
            }
            return hit.stream().toArray();
        }
    }
}
