package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A Konjunktiv II sentence lengthens a run of reported sentences ({@link KonjunktivRun}); invented sentences. */
class KonjunktivTwoRunTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void aKonjunktivTwoSentenceJoinsTheRunBeforeIt() {
        ExtractionResult r = P.extract("Hafenmeister Olaf Brink sagte, der Sturm komme am Abend. Die Fähre dürfe nicht "
                + "auslaufen, weil die Wellen zu hoch seien. Die Lotsen müssten an Land bleiben.", "de");
        Statement st = find(r, "Die Fähre dürfe nicht auslaufen");
        assertTrue(st.quote().text().endsWith("Die Lotsen müssten an Land bleiben."), texts(r).toString());
        assertEquals("Olaf Brink", name(st), texts(r).toString());
    }
}
