package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** The source phrase of a passive or impersonal cue clause is its speaker ({@link SourcePassive}). */
class SourcePassiveTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void reportInAPassiveClause() {
        String text = "In einem Bericht der Hafenzeitung wurde vermutet, dass die Fähre gesunken sei.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("einem Bericht der Hafenzeitung", find(r, "Fähre gesunken").speaker().text(), texts(r).toString());
    }

    @Test
    void circlesAfterAus() {
        String text = "Aus Reedereikreisen verlautete, die Fähre sei verkauft.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Aus Reedereikreisen", find(r, "Fähre sei verkauft").speaker().text(), texts(r).toString());
    }

    @Test
    void aPlaceIsNoSource() {
        String text = "In Kiel wurde vermutet, dass die Fähre gesunken sei.";
        ExtractionResult r = P.extract(text, "de");
        assertNull(find(r, "Fähre gesunken").speaker(), texts(r).toString());
    }
}
