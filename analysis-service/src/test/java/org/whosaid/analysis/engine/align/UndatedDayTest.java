package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * An article without a publication date that recounts an earlier meeting ("am 6. August") gets that day for the
 * statements of the paragraph, so a rendering of a later meeting's words is not linked to it (invented texts).
 */
class UndatedDayTest {
    private static final LocalDate ANALYSED = LocalDate.of(2026, 3, 10);

    private static LocalDate dayBefore(String text, String quote) {
        return UndatedDay.of(text, text.indexOf(quote), ANALYSED);
    }

    @Test
    void theParagraphsDateBeforeTheStatementIsItsDay() {
        String text = "Rückblick auf den Sommer.\n\nDie Ministerin Jana Korb traf am 6. August in Lindau die Delegation. "
                + "Die Gespräche seien „offen und hilfreich“ gewesen, sagte Korb.";
        assertEquals(LocalDate.of(2025, 8, 6), dayBefore(text, "Die Gespräche seien"));
    }

    @Test
    void englishMonthFirstAndTheLastDateCount() {
        String text = "The envoys met on May 2 and again on August 6 in Lindau. The talks were useful, Korb said.";
        assertEquals(LocalDate.of(2025, 8, 6), dayBefore(text, "The talks were useful"));
    }

    @Test
    void aNumericDateWithItsYearIsThatDay() {
        String text = "Beim Treffen am 14.2.2024 in Lindau sagte Korb, die Fähre bleibe.";
        assertEquals(LocalDate.of(2024, 2, 14), dayBefore(text, "die Fähre bleibe"));
    }

    @Test
    void noDateADeadlineAnotherParagraphOrTheQuoteItselfGiveNoDay() {
        assertNull(dayBefore("Korb sagte, die Fähre bleibe.", "die Fähre bleibe"));
        assertNull(dayBefore("Die Frist läuft bis Donnerstag, den 6. August. Korb sagte, die Fähre bleibe.", "die Fähre bleibe"));
        assertNull(dayBefore("Sie traf am 6. August die Delegation.\nKorb sagte, die Fähre bleibe.", "die Fähre bleibe"));
        assertNull(dayBefore("Korb sagte: „Am 6. August fährt die Fähre wieder.“", "Am 6. August fährt"));
    }

    @Test
    void anUndatedRecapIsAnotherOccasionAndTheEvidenceSaysWhy() {
        Aligner aligner = new Aligner(AlignConfig.defaults(), Lexicon.empty());
        String quote = "Die Gespräche waren offen und hilfreich";
        StatementView later = new StatementView("later", 1, "Kreisblatt", OffsetDateTime.of(2026, 3, 4, 9, 0, 0, 0, ZoneOffset.UTC),
                "de", null, "Jana Korb", "Direct", quote, "„" + quote + "“, sagte Jana Korb.", null, null, true, null);
        String recap = "Jana Korb traf am 6. August die Delegation. „" + quote + "“, sagte Korb.";
        StatementView undated = new StatementView("recap", 2, "Seeblatt", null, "de", null, "Jana Korb", "Direct", quote,
                "„" + quote + "“, sagte Korb.", null, null, true, dayBefore(recap, quote));
        StatementView undatedWithoutDay = new StatementView("plain", 3, "Seeblatt", null, "de", null, "Jana Korb", "Direct",
                quote, "„" + quote + "“, sagte Korb.", null, null, true, null);

        Link apart = aligner.compare(later, aligner.signature(later), undated, aligner.signature(undated));
        assertFalse(apart.relation() == Relation.SAME, apart.evidence().toString());
        assertTrue(String.join(" | ", apart.evidence()).contains("article without a date: day 2025-08-06"), apart.evidence().toString());
        assertTrue(String.join(" | ", apart.evidence()).contains("occasion differs"), apart.evidence().toString());

        Link same = aligner.compare(later, aligner.signature(later), undatedWithoutDay, aligner.signature(undatedWithoutDay));
        assertEquals(Relation.SAME, same.relation(), same.evidence().toString());
    }
}
