package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/**
 * A laut source ends before a number ({@link LautMarker#numberCut}); a fronted time is no subject
 * ({@link Subjects#timePhrase}). A speaker behind the verb keeps its attributes (genitive, von/aus/für, "in" a place, a bracket, a name in commas)
 * but not the clause's objects and adverbials ({@link SpeakerSpans#attributeChain}).
 */
class SpeakerAttributeSpanTest {
    private static final Pipeline P = Pipeline.standard();

    private static String speaker(String text, String content) {
        ExtractionResult r = P.extract(text, "de");
        return find(r, content).speaker().text();
    }

    @Test
    void genitiveAttributeWithoutTheObject() {
        String text = "Am Montag regte ein Sprecher der Fährgesellschaft die Einberufung eines Krisentreffens an, "
                + "weil die Fähre ausfalle.";
        assertEquals("ein Sprecher der Fährgesellschaft", speaker(text, "Fähre ausfalle"),
                texts(P.extract(text, "de")).toString());
    }

    @Test
    void attributeChainWithPlaceButWithoutTheParticle() {
        String text = "Gestern teilte eine Sprecherin des HBA in Kranzhafen mit, dass die Mole gesperrt sei.";
        assertEquals("eine Sprecherin des HBA in Kranzhafen", speaker(text, "Mole gesperrt"));
    }

    @Test
    void vonAttributeWithoutTheAdverbial() {
        String text = "„Wir haben verdient gewonnen“, sagte der Trainer vom Ruderclub Nordheim nach dem Rennen.";
        assertEquals("der Trainer vom Ruderclub Nordheim", speaker(text, "verdient gewonnen"));
    }

    @Test
    void nameInCommasAfterTheAttribute() {
        String text = "„Wir sind sehr zufrieden“, meinte der Trainer der Gäste, Ole Brandt, in einem Interview.";
        assertEquals("der Trainer der Gäste, Ole Brandt", speaker(text, "sehr zufrieden"));
    }

    @Test
    void vonThatBelongsToTheVerbIsNoAttribute() {
        String text = "Am Abend sprach die Polizei von ruhigen Straßen und sagte, die Lage sei entspannt.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("die Polizei", find(r, "Lage sei entspannt").speaker().text(), texts(r).toString());
    }

    @Test
    void lautSourceEndsBeforeANumber() {
        String text = "In der Bucht wurden laut Hafenangaben 40 Boote an Land gezogen.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Hafenangaben", find(r, "Boote an Land").speaker().text(), texts(r).toString());
    }

    @Test
    void aFrontedTimeIsNoSubject() {
        ExtractionResult r = P.extract("Mitte März 2011 gab der Hafenverband bekannt, man werde eine neue Mole bauen.", "de");
        assertEquals("der Hafenverband", find(r, "neue Mole").speaker().text(), texts(r).toString());
    }
}
