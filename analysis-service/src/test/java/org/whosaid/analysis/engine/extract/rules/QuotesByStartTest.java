package org.whosaid.analysis.engine.extract.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.model.Span;

/** {@link NestedQuotes.QuotesByStart} finds every quote that can lie inside a content, in the quotes' order. */
class QuotesByStartTest {

    @Test
    void everyQuoteInsideASpanIsACandidateInOrder() {
        for (long seed = 0; seed < 5000; seed++) {
            Random r = new Random(seed);
            List<QuoteSpan> quotes = new ArrayList<>();
            for (int i = r.nextInt(12); i > 0; i--) {
                int a = r.nextInt(100);
                quotes.add(new QuoteSpan(a, a + 2 + r.nextInt(20), '"'));
            }
            List<Span> spans = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                int a = r.nextInt(100);
                spans.add(new Span(a, a + r.nextInt(40)));
            }
            int[] got = new NestedQuotes.QuotesByStart(quotes).startingIn(spans);
            // brute force: the quotes (in list order) that lie inside one of the spans must be among the candidates
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++)
                for (Span sp : spans) if (sp.start() <= quotes.get(i).start && quotes.get(i).end <= sp.end()) { inside.add(i); break; }
            int[] filtered = java.util.Arrays.stream(got).filter(inside::contains).toArray();
            assertArrayEquals(inside.stream().mapToInt(Integer::intValue).toArray(), filtered, "seed " + seed);
            for (int k = 1; k < got.length; k++) if (got[k] <= got[k - 1]) throw new AssertionError("not ascending, seed " + seed);
        }
    }
}
