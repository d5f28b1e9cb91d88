package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A full name in commas after a role phrase belongs to the speaker span ({@link NameApposition}). */
class NameAppositionTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void lautRolePhraseTakesTheNameInCommas() {
        String text = "Im Hafen sollen laut dem Leiter des Lotsenamts, Henrik Albers, drei Schiffe beschädigt worden sein.";
        ExtractionResult r = P.extract(text, "de");
        var s = find(r, "drei Schiffe beschädigt");
        assertEquals("dem Leiter des Lotsenamts, Henrik Albers", s.speaker().text(), texts(r).toString());
        assertFalse(s.quote().text().contains("Albers"), texts(r).toString());
    }

    @Test
    void nachAngabenPhraseTakesTheNameInCommas() {
        String text = "Nach Angaben des Sprechers der Reederei, Marta Olsen, fiel die Fähre aus.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Angaben des Sprechers der Reederei, Marta Olsen", find(r, "fiel die Fähre aus").speaker().text(),
                texts(r).toString());
    }

    @Test
    void speakerAfterTheVerbTakesTheNameAtTheSentenceEnd() {
        String text = "Der Hafen von Kranzhafen wird im Mai für zwei Wochen geschlossen. "
                + "Das bestätigte die Bürgermeisterin der Stadt, Ilse Kramer.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("die Bürgermeisterin der Stadt, Ilse Kramer", find(r, "zwei Wochen geschlossen").speaker().text(),
                texts(r).toString());
    }

    @Test
    void aNameAfterANameIsAListNotAnApposition() {
        String text = "Laut Henrik Albers, Marta Olsen, sei alles ruhig.";
        ExtractionResult r = P.extract(text, "de");
        r.statements().forEach(s -> assertFalse(s.speaker() != null && s.speaker().text().contains("Albers, Marta"),
                texts(r).toString()));
    }
}
