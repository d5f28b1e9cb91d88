package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A cue verb inside a relative clause: the relative pronoun is the speaker span ({@link RelativeSpeaker}). */
class RelativeSpeakerTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void relativePronounBeforeAnArticle() {
        String text = "Anwesend war der Reeder Ole Brandt, der der Stadt vorwarf, die Mole verfallen zu lassen.";
        ExtractionResult r = P.extract(text, "de");
        var s = find(r, "Mole verfallen");
        assertEquals("der", s.speaker().text(), texts(r).toString());
        assertEquals("Ole Brandt", s.speaker().name(), texts(r).toString());
    }

    @Test
    void aMainClauseSubjectStays() {
        String text = "Der Reeder Ole Brandt sagte, die Mole sei verfallen.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Der Reeder Ole Brandt", find(r, "Mole sei verfallen").speaker().text(), texts(r).toString());
    }
}
