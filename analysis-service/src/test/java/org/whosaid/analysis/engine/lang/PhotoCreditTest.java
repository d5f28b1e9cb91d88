package org.whosaid.analysis.engine.lang;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The photo-credit test of {@link SentenceSplitter} ("Die Brücke bei Nacht (Foto: Jan Weber)" is a credit, not body
 * text) gives the answers of the pattern it replaces, and a long line of "(Foto: " without ")" is answered in one pass
 * (the pattern retried every "(" against the rest of the line). Invented lines only; no timed assertion.
 */
class PhotoCreditTest {

    /** the pattern SentenceSplitter used before (matched against the whole trimmed line) */
    private static final Pattern BEFORE = Pattern.compile(".*\\((Foto|Bild|Photo|Image): [^)]*\\)\\s*$");

    @Test
    void creditsAtTheEndOfALine() {
        assertTrue(SentenceSplitter.endsWithPhotoCredit("Die Brücke bei Nacht (Foto: Jan Weber)"));
        assertTrue(SentenceSplitter.endsWithPhotoCredit("(Bild: Lindenauer Bote)"));
        assertTrue(SentenceSplitter.endsWithPhotoCredit("The old harbour (Image: Clara Voss) \t"));
        assertFalse(SentenceSplitter.endsWithPhotoCredit("Die Brücke (Foto: Jan Weber) bei Nacht"), "not at the end");
        assertFalse(SentenceSplitter.endsWithPhotoCredit("Die Brücke (Foto: Jan) Weber)"), "a ')' inside");
        assertFalse(SentenceSplitter.endsWithPhotoCredit("Die Brücke (Foto:Jan Weber)"), "no space after the label");
        assertFalse(SentenceSplitter.endsWithPhotoCredit("Die Brücke\u2028(Foto: Jan Weber)"), "a line terminator before");
        assertFalse(SentenceSplitter.endsWithPhotoCredit(""));
    }

    @Test
    void sameAnswersAsThePatternOnRandomLines() {
        String[] pieces = {"(", ")", " ", "a", "Foto: ", "Bild: ", "Photo: ", "Image: ", "Foto", ": ", "\n", "\r",
                "\u2028", "\u0085", "\t", "\u000B", "ü", "Bild:"};
        Random random = new Random(15);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) b.append(pieces[random.nextInt(pieces.length)]);
            String line = b.toString();
            assertEquals(BEFORE.matcher(line).matches(), SentenceSplitter.endsWithPhotoCredit(line), () -> "line <" + line + ">");
        }
    }

    @Test
    void aLongLineOfOpenCreditsIsAnsweredInOnePass() {
        // about 510 KB on one line; the pattern tried each of the 30,000 "(" against the rest (about 10^10 steps)
        String open = "Am Hafen " + "(Foto: Anna Lind ".repeat(30_000);
        assertFalse(SentenceSplitter.endsWithPhotoCredit(open));
        assertTrue(SentenceSplitter.endsWithPhotoCredit(open + ")"));
        assertFalse(SentenceSplitter.endsWithPhotoCredit(open + ") und mehr)"), "the last '(' is before the ')' before");
        assertFalse(SentenceSplitter.endsWithPhotoCredit("( Wort ".repeat(30_000) + ")"));

        SentenceSplitter splitter = new SentenceSplitter(Set.of(), Set.of());
        List<Sentence> body = splitter.split("Anna Lind sagte, der Hafen sei offen.\n" + open + "\n");
        assertTrue(body.get(0).body);
        assertTrue(body.get(body.size() - 1).body, "no credit: the line does not end in ')'");
        List<Sentence> credit = splitter.split("Anna Lind sagte, der Hafen sei offen.\n" + open + ")\n");
        assertFalse(credit.get(credit.size() - 1).body, "a credit line is not body text");
    }
}
