package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A für/ohne phrase between the subject and its cue verb belongs to the subject ({@link SubjectPhrase#attributePP}). */
class AttributePhraseTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void fuerPhraseBeforeTheVerb() {
        String text = "Die Gesellschaft für Meeresschutz erklärte, die Bucht sei verschmutzt.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Die Gesellschaft für Meeresschutz", find(r, "Bucht sei verschmutzt").speaker().text(), texts(r).toString());
    }

    @Test
    void ohnePhraseBeforeTheVerb() {
        String text = "Fischer ohne Netze meldete am Abend, vier Kutter lägen im Hafen fest.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Fischer ohne Netze", find(r, "Kutter lägen im Hafen").speaker().text(), texts(r).toString());
    }
}
