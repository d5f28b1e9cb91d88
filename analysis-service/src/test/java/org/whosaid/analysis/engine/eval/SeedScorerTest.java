package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds rule on fictional statements (invented people and places). */
class SeedScorerTest {
    static SeedGold gold(String text, String speaker, boolean optional, String... alt) {
        return new SeedGold("a.txt", speaker, "indirect", "sagte", text, null, List.of(alt), optional);
    }

    static SeedScorer.Prediction pred(String quote, String speaker) {
        return new SeedScorer.Prediction("a.txt", quote, speaker, "test");
    }

    @Test
    void coverNeedsHalfTheGoldAndThirtyPercentOfItself() {
        SeedGold g = gold("Die Brücke in Lindenau werde im Mai eröffnet", "Greta Vöhringer", false);
        assertTrue(SeedScorer.covers(pred("die Brücke in Lindenau werde im Mai eröffnet", null), g));
        // 4 of 8 gold words: exactly half is enough
        assertTrue(SeedScorer.covers(pred("Die Brücke in Lindenau", null), g));
        // 3 of 8: not enough
        assertFalse(SeedScorer.covers(pred("Die Brücke in", null), g));
        // all 8 gold words inside a 30-word paragraph: 8/30 < 30% of its own words
        String paragraph = "Die Brücke in Lindenau werde im Mai eröffnet " + "und dann folgt noch sehr viel mehr Text ".repeat(3);
        assertFalse(SeedScorer.covers(pred(paragraph, null), g));
        // other document
        assertFalse(SeedScorer.covers(new SeedScorer.Prediction("b.txt", g.text(), null, "x"), g));
    }

    @Test
    void speakerMatchFoldsCaseAndDiacriticsAndAcceptsAlternatives() {
        SeedGold g = gold("Der Hafen bleibe geschlossen", "Greta Vöhringer", false, "Stadtrat Lindenau");
        assertTrue(SeedScorer.namesSpeaker(pred("x", "GRETA VÖHRINGER"), g));
        assertTrue(SeedScorer.namesSpeaker(pred("x", "Vohringer"), g));
        assertTrue(SeedScorer.namesSpeaker(pred("x", "Frau Vöhringer"), g));
        assertTrue(SeedScorer.namesSpeaker(pred("x", "der Stadtrat von Lindenau"), g));
        assertFalse(SeedScorer.namesSpeaker(pred("x", "Greta Brandt"), g));
        assertFalse(SeedScorer.namesSpeaker(pred("x", null), g));
    }

    @Test
    void recallPrecisionAndSpeakerAccuracy() {
        List<SeedGold> golds = List.of(
                gold("Der Hafen bleibe bis Juni geschlossen", "Greta Vöhringer", false),
                gold("Die Fähre fahre wieder ab Montag", "Tomas Reuland", false),
                gold("Man prüfe eine zweite Linie", "Tomas Reuland", false),
                gold("Die Kosten seien noch offen", "Greta Vöhringer", true));
        List<SeedScorer.Prediction> preds = List.of(
                pred("Der Hafen bleibe bis Juni geschlossen", "Greta Vöhringer"),   // right
                pred("Die Fähre fahre wieder ab Montag", "Greta Vöhringer"),        // covered, wrong speaker
                pred("Die Kosten seien noch offen", "Greta Vöhringer"),             // optional line: precise, not counted in recall
                pred("Das Wetter war schön", "Tomas Reuland"));                      // false positive
        SeedScorer.Result r = SeedScorer.score(golds, preds);
        assertEquals(3, r.required());
        assertEquals(1.0 / 3, r.recall(), 1e-12);
        assertEquals(3.0 / 4, r.precision(), 1e-12);
        assertEquals(1.0 / 2, r.speakerAccuracy(), 1e-12);
        assertEquals(1, r.unmatched().size());
        assertTrue(r.report().contains("Man prüfe eine zweite Linie"));
    }
}
