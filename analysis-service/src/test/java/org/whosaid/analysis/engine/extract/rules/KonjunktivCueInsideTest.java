package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** {@link KonjunktivCueInside}: a Konjunktiv I cue after another cue's comma is part of that content; invented sentences. */
class KonjunktivCueInsideTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void theOuterSpeakerSaysTheWholeClause() {
        ExtractionResult r = P.extract("Eine Sprecherin der Reederei Holmsund sagte am Abend, sie glaube, dass die Fähre morgen wieder fährt.", "de");
        assertEquals(1, r.statements().size(), texts(r).toString());
        Statement st = find(r, "dass die Fähre morgen wieder fährt");
        assertEquals("sie glaube, dass die Fähre morgen wieder fährt", st.quote().text());
        assertTrue(st.speaker().text().contains("Sprecherin der Reederei"), st.speaker().text());
    }

    @Test
    void anIndicativeInnerCueKeepsItsOwnStatement() {
        ExtractionResult r = P.extract("Eine Sprecherin der Reederei Holmsund sagte am Abend, sie glaubt, dass die Fähre morgen wieder fährt.", "de");
        Statement st = find(r, "dass die Fähre morgen wieder fährt");
        assertEquals("dass die Fähre morgen wieder fährt", st.quote().text(), texts(r).toString());
        assertEquals("sie", st.speaker().text(), texts(r).toString());
    }

    @Test
    void aNamedInnerSpeakerKeepsItsOwnStatement() {
        ExtractionResult r = P.extract("Die Zeitung berichtet, Olaf Brink habe außerdem gesagt: Seine Einschätzung sei gewesen, "
                + "dass die Reederei den Streit beenden möchte.", "de");
        assertTrue(r.statements().stream().anyMatch(s -> s.quote().text().startsWith("Seine Einschätzung")
                && s.speaker() != null && s.speaker().text().contains("Brink")), texts(r).toString());
    }
}
