package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A fronted phrase in an oblique case is no subject; the subject after the verb speaks ({@link ObliqueSpeaker}). */
class ObliqueSpeakerTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void frontedAccusativeObject() {
        String text = "Den Wert des Hafens beziffert die Reederei auf drei Millionen Euro.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("die Reederei", find(r, "Wert des Hafens").speaker().text(), texts(r).toString());
    }

    @Test
    void frontedGenitiveAdverbial() {
        String text = "Des Weiteren verwies Ole Brandt darauf, dass die Mole verfallen sei.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Ole Brandt", find(r, "Mole verfallen").speaker().text(), texts(r).toString());
    }
}
