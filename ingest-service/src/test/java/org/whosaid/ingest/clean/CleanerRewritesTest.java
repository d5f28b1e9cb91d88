package org.whosaid.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written line tests answer as the regexes they replaced, without recursion or quadratic searches (issue 15 finding 3). */
class CleanerRewritesTest {
    private static final Pattern BEFORE = Pattern.compile("^[\\p{L}\\d]+(-[\\p{L}\\d]+){4,}(\\.(jpe?g|png|webp|gif))?$");

    @Test
    void sameAnswersAsTheRegexOnRandomLines() {
        String alphabet = "ab1Ä-- .jpgnwf𝔸_";
        Random r = new Random(3);
        for (int round = 0; round < 50000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (Character.isHighSurrogate(s.charAt(s.length() - 1)) || Character.isLowSurrogate(s.charAt(0))) {
                continue;
            }
            assertEquals(BEFORE.matcher(s).matches(), LineShapes.imageSlug(s), s);
        }
        assertTrue(LineShapes.imageSlug("bundestag-debatte-haushalt-2026-merz.jpg"));
        assertFalse(LineShapes.imageSlug("bundestag-debatte-haushalt"));
    }

    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*" + LineShapes.SENTENCE_END + "$");
    private static final Pattern PROSE_END = Pattern.compile("(?s).*[.!?…:][\"“”»«'’)]*$");

    @Test
    void sentenceAndProseEndsAsBefore() {
        String alphabet = "a .!?…\"“”»«'’)]:\n\r\u0085\u2028x";
        Random r = new Random(5);
        for (int round = 0; round < 100000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(8);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(ENDS_SENTENCE.matcher(s).matches(), LineShapes.endsSentence(s), "endsSentence " + s.replace("\n", "\\n"));
            assertEquals(PROSE_END.matcher(s).matches(), LineShapes.proseEnd(s), "proseEnd " + s.replace("\n", "\\n"));
        }
    }

    @Test
    void aLineOfTenThousandHyphenJoinedWordsIsAnImageSlugWithoutOverflow() {
        assertTrue(LineShapes.imageSlug("wort" + "-wort".repeat(10_000)));
    }
}
