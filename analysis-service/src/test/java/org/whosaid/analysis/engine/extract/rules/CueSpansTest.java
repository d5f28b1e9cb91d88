package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** The cue words beyond the verb: a correlate before the content clause and the "als" of a quoted judgement (invented sentences). */
class CueSpansTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void theCorrelateBeforeTheContentBelongsToTheCue() {
        ExtractionResult r = P.extract("Die Reederin Ilse Brandt wies darauf hin, dass die Fähre am Montag ausfalle.", "de");
        Statement s = find(r, "dass die Fähre am Montag ausfalle");
        assertNotNull(s.cue(), texts(r).toString());
        assertTrue(s.cue().text().contains("darauf"), s.cue().text());
        assertTrue(s.cue().text().contains("wies"), s.cue().text());
    }

    @Test
    void noCorrelateWhenTheDaWordIsNotBeforeTheComma() {
        ExtractionResult r = P.extract("Die Reederin Ilse Brandt sagte dazu am Abend, die Fähre falle am Montag aus.", "de");
        Statement s = find(r, "die Fähre falle am Montag aus");
        assertFalse(s.cue().text().contains("dazu"), s.cue().text());
    }

    @Test
    void theAlsOfAQuotedJudgementBelongsToTheCue() {
        ExtractionResult r = P.extract("Hafenmeisterin Ilse Brandt bezeichnete den neuen Fahrplan als „völlig unbrauchbar“.", "de");
        Statement s = find(r, "völlig unbrauchbar");
        assertTrue(s.cue().text().contains("bezeichnete") && s.cue().text().contains("als"), s.cue().text());
    }
}
