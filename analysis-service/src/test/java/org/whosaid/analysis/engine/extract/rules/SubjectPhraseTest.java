package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** Plain noun-phrase subjects the fallback reads ({@link SubjectPhrase}). */
class SubjectPhraseTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void nameInAppositionAfterTheHead() {
        String text = "Der britische Fernsehsender al-Hafen hatte im Juli berichtet, die Fähre sei ausgefallen.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Der britische Fernsehsender al-Hafen", find(r, "Fähre sei ausgefallen").speaker().text(), texts(r).toString());
    }

    @Test
    void lowerCaseHeadWithACapitalisedPart() {
        String text = "Auch wirft der nabu-Bericht den Behörden vor, die Fähre zu spät gestoppt zu haben.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("der nabu-Bericht", find(r, "zu spät gestoppt").speaker().text(), texts(r).toString());
    }

    @Test
    void focusParticleBeforeTheSubject() {
        String text = "Selbst die Wochenzeitschrift hatte im Mai kritisiert, dass die Fähre ausfalle.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("die Wochenzeitschrift", find(r, "Fähre ausfalle").speaker().text(), texts(r).toString());
    }

    @Test
    void lowerCaseNamesAsSubjects() {
        ExtractionResult r = P.extract("Die kaizeit vermutet, dass die Fähre ausfällt.", "de");
        assertEquals("Die kaizeit", find(r, "Fähre ausfällt").speaker().text(), texts(r).toString());
        ExtractionResult r2 = P.extract("eKai hält es für möglich, dass die Fähre ausfällt.", "de");
        assertEquals("eKai", find(r2, "Fähre ausfällt").speaker().text(), texts(r2).toString());
    }

    @Test
    void aLowerCaseAdjectiveIsNoName() {
        String text = "Am Montag meldete der hafeneigene Sender, dass die Fähre ausfällt.";
        ExtractionResult r = P.extract(text, "de");
        var s = find(r, "Fähre ausfällt");
        assertTrue(s.speaker() == null || !s.speaker().text().equals("der hafeneigene"), texts(r).toString());
    }
}
