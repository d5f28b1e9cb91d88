package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A subject noun phrase between auxiliary and cue participle ({@link MidfieldSubject}). */
class MidfieldSubjectTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void subjectAfterThePluperfectAuxiliary() {
        String text = "Zuvor hatte die Hafenbehörde mitgeteilt, dass die Fähre ausfalle.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("die Hafenbehörde", find(r, "Fähre ausfalle").speaker().text(), texts(r).toString());
    }

    @Test
    void subjectAfterAKonjunktivAuxiliary() {
        String text = "Ferner habe die Untersuchung festgestellt, dass die Mole brüchig sei.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("die Untersuchung", find(r, "Mole brüchig").speaker().text(), texts(r).toString());
    }

    @Test
    void theSubjectOfAPassiveIsNoSpeaker() {
        String text = "Als Ursache wird das Hochwasser genannt, das im Mai kam.";
        ExtractionResult r = P.extract(text, "de");
        r.statements().forEach(s -> assertFalse(s.speaker() != null && s.speaker().text().contains("Hochwasser"),
                texts(r).toString()));
    }
}
