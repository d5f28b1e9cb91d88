package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A coordinated cue clause without subject shares the first clause's noun-phrase subject ({@link SharedNounSubject}). */
class SharedNounSubjectTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void secondClauseAfterAComma() {
        String text = "Die Reederei bestätigte den Unfall, teilte jedoch mit, es sei unklar, wer schuld sei.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Die Reederei", find(r, "es sei unklar").speaker().text(), texts(r).toString());
    }

    @Test
    void aFrontedObjectIsNotShared() {
        String text = "Den Unfall bestätigte man, teilte jedoch mit, es sei unklar, wer schuld sei.";
        ExtractionResult r = P.extract(text, "de");
        var s = find(r, "es sei unklar");
        assertTrue(s.speaker() == null || !s.speaker().text().startsWith("Den"), texts(r).toString());
    }
}
