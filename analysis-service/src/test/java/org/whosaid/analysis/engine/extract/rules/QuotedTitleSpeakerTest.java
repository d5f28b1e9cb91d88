package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A quoted title alone as the cue's subject is the speaker ({@link QuotedTitleSpeaker}). */
class QuotedTitleSpeakerTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void quotedTitleOpeningTheSentence() {
        ExtractionResult r = P.extract("„Kranzhafener Bote“ berichtete, der Hafenmeister sei zurückgetreten.", "de");
        assertEquals("„Kranzhafener Bote“", find(r, "Hafenmeister sei").speaker().text(), texts(r).toString());
    }

    @Test
    void quotedTitleAfterWie() {
        ExtractionResult r = P.extract("Wie „Nordpost Online“ berichtet, ist die Mole seit Montag gesperrt.", "de");
        assertEquals("„Nordpost Online“", find(r, "Mole seit Montag").speaker().text(), texts(r).toString());
    }

    @Test
    void aNamedSpeakerIsKept() {
        ExtractionResult r = P.extract("Die Wochenzeitung „Hafenblatt“ schrieb, die Fähre sei zu teuer.", "de");
        assertEquals("Die Wochenzeitung „Hafenblatt“", find(r, "Fähre sei").speaker().text(), texts(r).toString());
    }

    @Test
    void aTitleReportingAnotherSpeakersWordsDoesNotTakeThem() {
        ExtractionResult r = P.extract("„Hafenblatt“ berichtet, Ida Holm habe erklärt: Die Fähre sei zu teuer.", "de");
        assertTrue(r.statements().stream().noneMatch(s -> s.speaker() != null && s.speaker().text().contains("Hafenblatt")),
                texts(r).toString());
    }
}
