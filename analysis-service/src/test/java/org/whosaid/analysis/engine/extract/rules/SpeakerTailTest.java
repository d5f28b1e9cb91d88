package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** The speaker span ends before the words of the clause it ran into ({@link SpeakerTail}). */
class SpeakerTailTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void aDayAfterTheSourceIsTheClauseAdverbial() {
        String text = "Nach Angaben der Feuerwehr vom Dienstag wurden drei Menschen verletzt.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Angaben der Feuerwehr", find(r, "drei Menschen verletzt").speaker().text(), texts(r).toString());
    }

    @Test
    void aGegenueberPhraseIsNotPartOfTheSpeaker() {
        String text = "Laut einem Sprecher der Reederei gegenüber der Hafenzeitung fällt die Fähre morgen aus.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("einem Sprecher der Reederei", find(r, "Fähre morgen aus").speaker().text(), texts(r).toString());
    }

    @Test
    void anUninflectedAdjectiveDoesNotEndTheSpeaker() {
        String text = "Nach Angaben der Hafenbehörde unklar ist, wie viele Menschen kamen.";
        ExtractionResult r = P.extract(text, "de");
        r.statements().forEach(s -> assertFalse(s.speaker() != null && s.speaker().text().endsWith("unklar"), texts(r).toString()));
    }

    @Test
    void aDayInsideThePhraseStays() {
        String text = "Laut einer am Montag veröffentlichten Mitteilung der Reederei fällt die Fähre morgen aus.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("einer am Montag veröffentlichten Mitteilung der Reederei", find(r, "Fähre morgen aus").speaker().text(),
                texts(r).toString());
    }
}
