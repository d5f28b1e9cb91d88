package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Queries over the statements made so far: whether a span is already covered by a statement's content, by its frame
 * or inside a longer statement, and which earlier statement a continuation sentence inherits its speaker from
 * ({@link #previous}: at most {@code window} sentences back). Example: "Der Hafen bleibe zu." after "Die Ministerin
 * sagte, …" continues the previous statement one sentence back.
 */
public final class Overlaps {
    private Overlaps() {}

    static Draft previous(List<Draft> out, int sentence, int window) {
        // the cheap conditions first, then the costly "inside another statement" test only from the best candidate
        // down until one passes: the same pick as testing every statement (issue 15: that test is itself a pass over
        // all statements, so testing each made every call quadratic)
        List<Draft> candidates = new ArrayList<>();
        for (Draft d : out) {
            if (d.parent == null && d.sentence < sentence && sentence - d.sentence <= window && (d.speaker != null || d.speakerFrom != null))
                candidates.add(d);
        }
        // latest sentence first, then the latest start; among equals the first in the list (a stable sort)
        candidates.sort(Comparator.comparingInt((Draft d) -> d.sentence).thenComparingInt(Draft::start).reversed());
        for (Draft d : candidates) if (!insideAnother(out, d)) return d;
        return null;
    }

    public static boolean insideFrame(List<Draft> out, Draft d) {
        for (Draft o : out) {
            if (o == d) continue;
            for (Span f : o.frame) if (f.start() <= d.start() && d.end() <= f.end()) return true;
        }
        return false;
    }

    static boolean insideAnother(List<Draft> out, Draft d) {
        for (Draft o : out) {
            if (o != d && !o.quote.isEmpty() && o.start() <= d.start() && d.end() <= o.end() && o.end() - o.start() > d.end() - d.start()) return true;
        }
        return false;
    }

    static boolean covered(List<Draft> out, int s, int e) {
        for (Draft d : out) if (!d.anchor && d.overlaps(s, e)) return true;
        return false;
    }


    static boolean coveredExactly(List<Draft> out, int s, int e) {
        for (Draft d : out) if (d.quote.size() == 1 && d.quote.get(0).start() == s && d.quote.get(0).end() == e) return true;
        return false;
    }
}
