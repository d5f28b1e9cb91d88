package org.whosaid.analysis.engine.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

/**
 * {@link SpanCover} answers as the former pass over all statements ({@link #coveredBy}) and {@link Overlaps#covered} do while statements are added, and
 * {@link Overlaps#previous} picks the statement the former pass (every statement tested for being inside another) picked.
 */
class SpanCoverTest {

    private static Draft draft(Random r, int text, int sentences) {
        Draft d = new Draft(Form.Indirect, "rule", r.nextInt(sentences), 0.5);
        int parts = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2);
        for (int p = 0; p < parts; p++) {
            int a = r.nextInt(text), b = Math.min(text, a + r.nextInt(30));
            d.quote.add(new Span(a, b));
        }
        d.anchor = r.nextInt(6) == 0;
        if (r.nextInt(3) > 0) d.speakerFrom = d; // any non-null source of a speaker
        return d;
    }

    @Test
    void answersAsThePassOverAllStatements() {
        for (long seed = 0; seed < 3000; seed++) {
            Random r = new Random(seed);
            int text = 1 + r.nextInt(200);
            List<Draft> out = new ArrayList<>();
            for (int i = r.nextInt(10); i > 0; i--) out.add(draft(r, text, 8));
            SpanCover cover = new SpanCover(text, out);
            for (int step = 0; step < 40; step++) {
                int s = r.nextInt(text + 1), e = Math.min(text, s + r.nextInt(40));
                assertEquals(coveredBy(out, s, e), cover.covers(s, e), "seed " + seed + " step " + step + " " + s + ".." + e);
                assertEquals(Overlaps.covered(out, s, e), cover.overlaps(s, e), "overlaps, seed " + seed + " step " + step + " " + s + ".." + e);
                if (r.nextInt(3) == 0) {
                    Draft d = draft(r, text, 8);
                    out.add(d);
                    cover.add(d);
                }
            }
        }
    }

    /** the pass {@link SpanCover#covers} replaced (Overlaps.coveredBy before issue 15's round of 2026-12-07) */
    static boolean coveredBy(List<Draft> out, int s, int e) {
        for (Draft d : out) if (!d.anchor) for (Span q : d.quote) if (q.start() <= s && e <= q.end()) return true;
        return false;
    }

    /** the former {@link Overlaps#previous} */
    static Draft previousByScan(List<Draft> out, int sentence, int window) {
        Draft best = null;
        for (Draft d : out) {
            if (d.parent != null || Overlaps.insideAnother(out, d)) continue;
            if (d.sentence < sentence && sentence - d.sentence <= window && (d.speaker != null || d.speakerFrom != null)) {
                if (best == null || d.sentence > best.sentence || (d.sentence == best.sentence && d.start() > best.start())) best = d;
            }
        }
        return best;
    }

    @Test
    void previousPicksAsTheFormerPass() {
        for (long seed = 0; seed < 20000; seed++) {
            Random r = new Random(seed);
            List<Draft> out = new ArrayList<>();
            for (int i = r.nextInt(12); i > 0; i--) out.add(draft(r, 60, 6));
            for (Draft d : out) if (r.nextInt(8) == 0) d.parent = out.get(r.nextInt(out.size()));
            int sentence = r.nextInt(7), window = 1 + r.nextInt(2);
            assertSame(previousByScan(out, sentence, window), Overlaps.previous(out, sentence, window), "seed " + seed);
        }
    }
}
