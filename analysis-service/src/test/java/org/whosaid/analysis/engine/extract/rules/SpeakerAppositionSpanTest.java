package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** The speaker span covers both halves of an apposition ({@link ClosedApposition}, {@link LeadingApposition}). */
class SpeakerAppositionSpanTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void appositionClosedByItsOwnCommaBeforeARelativeClause() {
        String text = "„Wir fahren pünktlich“, sagte Anton Wirz, Kapitän einer Fähre, die seit Jahren zwischen den Inseln pendelt.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "fahren pünktlich");
        assertEquals("Anton Wirz, Kapitän einer Fähre", s.speaker().text(), texts(r).toString());
    }

    @Test
    void appositionClosedByItsOwnCommaBeforeAnAdverbial() {
        String text = "„Die Mole ist fertig“, sagte Anton Wirz, der Leiter des Hafenamts, am Montag in Kiel.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Anton Wirz, der Leiter des Hafenamts", find(r, "Mole ist fertig").speaker().text(), texts(r).toString());
    }

    @Test
    void contentAfterTheCommaIsNoApposition() {
        String text = "Anton Wirz sagte am Montag, die Mole sei fertig.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Anton Wirz", find(r, "Mole sei fertig").speaker().text(), texts(r).toString());
    }

    @Test
    void nameOpeningTheSentenceBeforeTheRoleApposition() {
        String text = "Lotte Brink, eine Sprecherin der Fährgesellschaft erklärte, die Fähre sei pünktlich.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Fähre sei pünktlich");
        assertTrue(s.speaker().text().startsWith("Lotte Brink, eine Sprecherin"), texts(r).toString());
    }

    @Test
    void anAdverbOpeningTheSentenceIsNotPartOfTheSpeaker() {
        String text = "Dennoch, eine Sprecherin der Fährgesellschaft erklärte, die Fähre sei pünktlich.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Fähre sei pünktlich");
        assertFalse(s.speaker().text().startsWith("Dennoch"), texts(r).toString());
    }
}
