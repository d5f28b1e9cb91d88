package org.whosaid.analysis.engine.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

/** {@link Dedupe#apply} keeps the drafts the former comparison of every pair kept, ties and dropped drafts included. */
class DedupeTest {

    /** the pass {@link Dedupe#apply} replaced (before issue 15's round of 2026-12-07): drafts × drafts */
    static void pairwise(List<Draft> out) {
        for (int i = 0; i < out.size(); i++) {
            Draft a = out.get(i);
            if (!a.keep) continue;
            for (int j = i + 1; j < out.size(); j++) {
                Draft b = out.get(j);
                if (!b.keep) continue;
                if (a.quote.equals(b.quote)) {
                    if (b.confidence > a.confidence) { a.keep = false; break; } else b.keep = false;
                }
            }
        }
        out.removeIf(d -> !d.keep);
    }

    /** random drafts over a few contents (one or two spans, or none), three confidences, some dropped already */
    static List<Draft> drafts(long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(16);
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Draft d = new Draft(Form.Direct, "rule-" + i, 0, new double[] {0.5, 0.85, 0.9}[r.nextInt(3)]);
            int parts = r.nextInt(3);
            for (int p = 0; p < parts; p++) {
                int at = r.nextInt(3) * 10 + p * 40;
                d.quote.add(new Span(at, at + 5 + r.nextInt(2)));
            }
            d.keep = r.nextInt(8) != 0;
            out.add(d);
        }
        return out;
    }

    @Test
    void keepsWhatComparingEveryPairKept() {
        for (long seed = 0; seed < 30000; seed++) {
            List<Draft> expected = drafts(seed), actual = drafts(seed);
            pairwise(expected);
            Dedupe.apply(actual);
            assertEquals(expected.stream().map(d -> d.rule).toList(), actual.stream().map(d -> d.rule).toList(), "seed " + seed);
        }
    }

    @Test
    void theHigherConfidenceStaysAndTheEarlierOnATie() {
        Draft a = new Draft(Form.Direct, "quote-then-cue", 0, 0.85), b = new Draft(Form.Direct, "cue-then-quote", 0, 0.9);
        Draft c = new Draft(Form.Direct, "other", 0, 0.9);
        for (Draft d : List.of(a, b, c)) d.quote.add(new Span(3, 17));
        List<Draft> out = new ArrayList<>(List.of(a, b, c));
        Dedupe.apply(out);
        assertEquals(List.of(b), out);
    }
}
