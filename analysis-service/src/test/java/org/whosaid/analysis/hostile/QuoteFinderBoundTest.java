package org.whosaid.analysis.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.extract.QuoteFinder;
import org.whosaid.analysis.engine.layer.QuoteSpan;

/** The bounded quote pairing finds what the unbounded one found on ordinary lines, and stays linear on dense marks. */
class QuoteFinderBoundTest {

    private static String describe(List<QuoteSpan> spans) {
        StringBuilder sb = new StringBuilder();
        for (QuoteSpan q : spans) {
            sb.append(q.start).append('-').append(q.end).append(q.open).append('^').append(q.parent).append('#').append(q.words).append(' ');
        }
        return sb.toString();
    }

    @Test
    void sameSpansAsBeforeOnRandomLines() {
        String alphabet = "„“”»«‚‘’\"\"\"  aaEr.(\n";
        Random r = new Random(15);
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            Document d = new Document(sb.toString(), "de");
            assertEquals(describe(new QuoteFinderBefore().find(d)), describe(new QuoteFinder(false).find(d)), sb.toString());
        }
    }

    @Test
    void sameSpansOnNestedQuotes() {
        String text = "„Er sagte: ‚Wir kommen „heute“ nicht‘, und ging“, so sie. \"Ja \"nein\" vielleicht\" – »a «b» c«\n"
                + "„Eins“ „zwei“ „drei“";
        Document d = new Document(text, "de");
        assertEquals(describe(new QuoteFinderBefore().find(d)), describe(new QuoteFinder(false).find(d)));
    }

    @Test
    void denseMarksOnOneLineFinishQuickly() {
        // hang guard only (the quadratic version needed minutes for this); figures: AdversarialInputBench
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String unit : List.of("\"a", "Er sagte: \"", "»a«", "„", " \"a\" „")) {
                Document d = new Document(unit.repeat(1_000_000 / unit.length()), "de");
                new QuoteFinder().find(d);
            }
        });
    }
}
