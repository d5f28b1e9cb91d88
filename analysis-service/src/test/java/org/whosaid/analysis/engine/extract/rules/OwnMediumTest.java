package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** The speaker's own medium ("in ihrer Onlineausgabe", "auf seiner Website") joins the speaker span ({@link OwnMedium}). */
class OwnMediumTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void newspaperInItsOnlineEdition() {
        String text = "Der Hafen wird geschlossen. Das meldete die Hafenzeitung in ihrer Onlineausgabe.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("die Hafenzeitung in ihrer Onlineausgabe", find(r, "Hafen wird geschlossen").speaker().text(), texts(r).toString());
    }

    @Test
    void clubOnItsWebsite() {
        String text = "Die Fähre sei ausgefallen, teilte der Verein auf seiner Website mit.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("der Verein auf seiner Website", find(r, "Fähre sei ausgefallen").speaker().text(), texts(r).toString());
    }

    @Test
    void anotherOwnersPossessiveIsNoMedium() {
        String text = "Die Fähre sei ausgefallen, teilte der Verein auf einer Website mit.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("der Verein", find(r, "Fähre sei ausgefallen").speaker().text(), texts(r).toString());
    }
}
