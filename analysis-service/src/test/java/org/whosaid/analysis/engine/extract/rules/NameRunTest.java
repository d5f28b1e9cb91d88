package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A foreign multi-word name runs on over words the German dictionary also knows ({@link NameRun}). */
class NameRunTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void newspaperNameBeforeTheVerb() {
        String text = "Die Harbour Times berichtete, die Fähre sei ausgefallen.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Die Harbour Times", find(r, "Fähre sei ausgefallen").speaker().text(), texts(r).toString());
    }

    @Test
    void organisationNameAfterLaut() {
        String text = "Laut Ocean Watch International sei die Bucht verschmutzt.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Ocean Watch International", find(r, "Bucht verschmutzt").speaker().text(), texts(r).toString());
    }

    @Test
    void threeWordBroadcasterName() {
        String text = "Die Coastal Broadcasting Corporation teilte mit, das Programm werde gestört.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Die Coastal Broadcasting Corporation", find(r, "Programm werde gestört").speaker().text(), texts(r).toString());
    }

    @Test
    void aDativeObjectAfterTheNameStaysOut() {
        String text = "Wie Brandt Reportern sagte, sei die Fähre pünktlich.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Brandt", find(r, "Fähre pünktlich").speaker().text(), texts(r).toString());
    }
}
