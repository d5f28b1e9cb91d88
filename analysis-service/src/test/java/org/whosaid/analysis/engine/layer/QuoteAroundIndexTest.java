package org.whosaid.analysis.engine.layer;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.extract.QuoteFinder;

/**
 * {@link Document#quoteAround}'s and {@link Document#outerQuoteAround}'s indexes pick the quote the former scans of
 * every quote picked, tie-breaking included; {@link Document#quoteEndsAt} answers as a scan would.
 */
class QuoteAroundIndexTest {

    /** the scan {@link Document#quoteAround} replaced (before issue 15's h15 round): words × quotes */
    static QuoteSpan scan(List<QuoteSpan> quotes, int offset) {
        QuoteSpan best = null;
        for (QuoteSpan q : quotes) {
            if (q.start <= offset && offset < q.end && (best == null || q.start >= best.start)) best = q;
        }
        return best;
    }

    /** the scan {@link Document#outerQuoteAround} replaced (issue 15, 2026-12-07) */
    static QuoteSpan outerScan(List<QuoteSpan> quotes, int offset) {
        for (QuoteSpan q : quotes) if (q.parent < 0 && q.start <= offset && offset < q.end) return q;
        return null;
    }

    private static void assertSameAsScan(Document d, String what) {
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        for (QuoteSpan q : d.quotes) ends.add(q.end);
        for (int offset = -2; offset <= d.text.length() + 2; offset++) {
            assertSame(scan(d.quotes, offset), d.quoteAround(offset), what + " @" + offset);
            assertSame(outerScan(d.quotes, offset), d.outerQuoteAround(offset), "outer: " + what + " @" + offset);
            org.junit.jupiter.api.Assertions.assertEquals(ends.contains(offset), d.quoteEndsAt(offset), "ends: " + what + " @" + offset);
        }
    }

    @Test
    void sameAsScanOnFinderSpansOfRandomText() {
        String alphabet = "„“”»«‚‘’\"\"\"  aaEr.(\n";
        Random r = new Random(15);
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(120);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            Document d = new Document(sb.toString(), "de");
            d.quotes = (round & 1) == 0 ? new QuoteFinder().find(d) : new QuoteFinder(false).find(d);
            assertSameAsScan(d, sb.toString());
        }
    }

    @Test
    void sameAsScanOnArbitrarySpans() {
        // crossing, equal starts, equal ends, empty and reversed spans, any order: the index assumes no nesting
        Random r = new Random(7);
        for (int round = 0; round < 20000; round++) {
            int n = r.nextInt(12);
            List<QuoteSpan> qs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int s = r.nextInt(30);
                QuoteSpan q = new QuoteSpan(s, s + r.nextInt(12) - 1, '"');
                if (r.nextInt(3) == 0) q.parent = r.nextInt(4); // nested ones are never the outer quote
                qs.add(q);
            }
            Document d = new Document("x".repeat(32), "de");
            d.quotes = qs;
            assertSameAsScan(d, qs.toString());
        }
    }

    @Test
    void indexFollowsTheQuotesLayer() {
        Document d = new Document("„a“ b", "de");
        assertNull(d.quoteAround(1));
        d.quotes = new QuoteFinder().find(d);
        assertSame(d.quotes.get(0), d.quoteAround(1));
        List<QuoteSpan> grown = new ArrayList<>(d.quotes);
        d.quotes = grown;
        assertSame(grown.get(0), d.quoteAround(1));
        QuoteSpan inner = new QuoteSpan(1, 2, '"');
        grown.add(inner); // changed in place: a different size rebuilds the index
        assertSame(inner, d.quoteAround(1));
    }
}
