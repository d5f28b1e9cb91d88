package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.model.Span;

/**
 * The words two renderings share, as character spans of each quote: the same words in one language, and across
 * German and English the weekday and the dictionary translation. Invented sentences.
 */
class SharedWordsTest {
    private static final Aligner ALIGNER = Aligner.standard();

    @Test
    void twoRenderingsOfOneStatementGetTheOffsetsOfTheirSharedWords() {
        String qa = "Die Fähre nach Wittholm fährt ab Montag wieder täglich.";
        String qb = "Ab Montag fahre die Fähre wieder täglich nach Wittholm, versprach der Hafenmeister.";
        StatementView a = view("a1", 1, qa, "de");
        StatementView b = view("b1", 2, qb, "de");
        SharedSpans shared = shared(a, b);

        List<String> wa = words(qa, shared.a()), wb = words(qb, shared.b());
        for (String w : List.of("Fähre", "Wittholm", "Montag", "täglich")) {
            assertTrue(wa.contains(w), w + " in " + wa);
            assertTrue(wb.contains(w), w + " in " + wb);
        }
        // the offsets are those of the words in each text, in text order
        assertEquals(new Span(qa.indexOf("Fähre"), qa.indexOf("Fähre") + 5), shared.a().get(0));
        assertTrue(shared.b().contains(new Span(qb.indexOf("Montag"), qb.indexOf("Montag") + 6)), shared.b().toString());
        // words only one side has, and function words, are not shared
        assertFalse(wb.contains("Hafenmeister") || wb.contains("versprach"), wb.toString());
        assertFalse(wa.contains("Die") || wa.contains("nach"), wa.toString());
        // presentation only: the comparison is the same as before
        assertEquals(Relation.SAME, compare(a, b).relation());
    }

    @Test
    void acrossGermanAndEnglishTheTranslatedWordsAreShared() {
        String de = "Die Fähre nach Wittholm fährt ab Montag wieder täglich.";
        String en = "The ferry to Wittholm will run daily again from Monday.";
        SharedSpans shared = shared(view("d1", 1, de, "de"), view("e1", 2, en, "en"));
        // weekdays meet without a dictionary
        assertTrue(words(de, shared.a()).contains("Montag"), words(de, shared.a()).toString());
        assertTrue(words(en, shared.b()).contains("Monday"), words(en, shared.b()).toString());
        Assumptions.assumeTrue(ALIGNER.lexicon().bilingualAvailable(), "trans-de-en installed");
        assertTrue(words(de, shared.a()).contains("Fähre"), words(de, shared.a()).toString());
        assertTrue(words(en, shared.b()).contains("ferry"), words(en, shared.b()).toString());
    }

    @Test
    void nothingSharedNoSpans() {
        SharedSpans shared = shared(view("a2", 1, "Der Deich hält.", "de"), view("b2", 2, "Die Schule schließt früher.", "de"));
        assertEquals(List.of(), shared.a());
        assertEquals(List.of(), shared.b());
    }

    private static SharedSpans shared(StatementView a, StatementView b) {
        return ALIGNER.sharedWords(a, ALIGNER.signature(a), b, ALIGNER.signature(b));
    }

    private static Link compare(StatementView a, StatementView b) {
        return ALIGNER.compare(a, ALIGNER.signature(a), b, ALIGNER.signature(b));
    }

    private static List<String> words(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static StatementView view(String id, long article, String quote, String lang) {
        return new StatementView(id, article, "Outlet " + article, null, lang, "p-7", "Ilse Brandtner", "DIRECT", quote,
                quote, null, null, true);
    }
}
