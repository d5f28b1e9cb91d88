package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the stance of a quote is made of: its modality and its specific predicate verbs (fictional sentences). */
class StanceTest {
    @Test
    void germanModalityAndLowerCaseVerbs() {
        Stance s = Stance.of("Ein Gipfeltreffen der Präsidenten müsste sorgfältig vorbereitet werden", "de");
        assertEquals("must", s.modality());
        assertEquals(List.of("vorbereiten"), s.verbs());
        // the noun "Treffen" is no verb; "stattfinden" is too general to carry a position
        Stance t = Stance.of("Das Treffen soll im Mai stattfinden", "de");
        assertEquals("should", t.modality());
        assertTrue(t.verbs().isEmpty(), t.toString());
        assertEquals("will", Stance.of("Wir sind zu Kompromissen bei der Fischerei bereit", "de").modality());
        assertNull(Stance.of("Der Staudamm zerstört die Laichgründe", "de").modality());
    }

    @Test
    void englishVerbAfterTheModal() {
        Stance s = Stance.of("All contacts at the highest level must be prepared extremely carefully", "en");
        assertEquals("must", s.modality());
        assertEquals(List.of(EnglishStemmer.stem("prepared")), s.verbs());
        Stance h = Stance.of("Lifting the measures would have to be tied to strict conditions", "en");
        assertEquals("must", h.modality());
        assertFalse(h.verbs().isEmpty(), h.toString());
        assertNull(Stance.of("The dam is destroying the spawning grounds", "en").modality());
    }
}
