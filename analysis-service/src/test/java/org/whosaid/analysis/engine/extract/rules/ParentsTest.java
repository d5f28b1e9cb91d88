package org.whosaid.analysis.engine.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

/** {@link Parents#apply} picks the parent the former pass over all statements picked, ties and skips included. */
class ParentsTest {

    /** the pass {@link Parents#apply} replaced (before issue 15's h15 round): statements × statements */
    static void scan(List<Draft> out) {
        for (Draft inner : out) {
            if (inner.parent != null || inner.rule.equals("nested-quote")) continue;
            Draft best = null;
            for (Draft outer : out) {
                if (outer == inner || outer.quote.isEmpty()) continue;
                if (outer.start() <= inner.start() && inner.end() <= outer.end() && (outer.end() - outer.start()) > (inner.end() - inner.start())
                        && !outer.cue.isEmpty() && !inner.cue.isEmpty() && !outer.cue.get(0).equals(inner.cue.get(0))) {
                    if (best == null || best.end() - best.start() > outer.end() - outer.start()) best = outer;
                }
            }
            if (best != null) {
                inner.parent = best;
                inner.evidence.add("reported inside another statement");
            }
        }
    }

    /** random statements: nested, crossing, equal spans, shared cues, no quote or no cue, some with a parent already */
    static List<Draft> drafts(long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(14);
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Draft d = new Draft(Form.Indirect, r.nextInt(8) == 0 ? "nested-quote" : "rule", 0, 0.5);
            int parts = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2);
            int at = r.nextInt(40);
            for (int p = 0; p < parts; p++) {
                int len = r.nextInt(25);
                d.quote.add(new Span(at, at + len));
                at = r.nextInt(4) == 0 ? r.nextInt(40) : at + len + r.nextInt(3); // sometimes out of order
            }
            if (r.nextInt(5) != 0) {
                int c = r.nextInt(4);
                d.cue.add(new Span(c, c + 1));
            }
            out.add(d);
        }
        for (Draft d : out) if (!out.isEmpty() && r.nextInt(10) == 0) d.parent = out.get(r.nextInt(out.size()));
        return out;
    }

    private static String parents(List<Draft> out) {
        StringBuilder sb = new StringBuilder();
        for (Draft d : out) sb.append(out.indexOf(d.parent)).append('/').append(d.evidence.size()).append(' ');
        return sb.toString();
    }

    @Test
    void sameParentsAsThePassOverAllStatements() {
        for (long seed = 0; seed < 30000; seed++) {
            List<Draft> expected = drafts(seed), actual = drafts(seed);
            scan(expected);
            Parents.apply(actual);
            assertEquals(parents(expected), parents(actual), "seed " + seed + " " + expected);
        }
    }
}
