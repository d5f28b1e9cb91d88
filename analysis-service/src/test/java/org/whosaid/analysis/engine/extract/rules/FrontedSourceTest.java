package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** {@link FrontedSource}: a source phrase opening the sentence runs up to the finite verb; invented sentences. */
class FrontedSourceTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void nachAngabenSourceRunsUpToTheVerb() {
        ExtractionResult r = P.extract("Nach Angaben des Beauftragten für Hafenfragen mussten am Montag 40 Fahrgäste warten.", "de");
        Statement st = find(r, "40 Fahrgäste warten");
        assertEquals("mussten am Montag 40 Fahrgäste warten", st.quote().text(), texts(r).toString());
        assertEquals("Angaben des Beauftragten für Hafenfragen", st.speaker().text(), texts(r).toString());
    }

    @Test
    void lautSourceRunsUpToTheVerb() {
        ExtractionResult r = P.extract("Laut einer am Freitag verbreiteten Mitteilung des Hafenamts Holmsund wurden "
                + "zwölf Boote kontrolliert.", "de");
        Statement st = find(r, "zwölf Boote kontrolliert");
        assertEquals("wurden zwölf Boote kontrolliert", st.quote().text(), texts(r).toString());
        assertTrue(st.speaker().text().endsWith("Hafenamts Holmsund"), st.speaker().text());
    }

    @Test
    void notInsideTheSentenceNorOverAComma() {
        ExtractionResult mid = P.extract("Die Fähre fährt nach Angaben des Vereins Freunde der Kanalfähre wieder ab Montag.", "de");
        Statement st = find(mid, "wieder ab Montag");
        assertFalse(st.speaker().text().contains("Montag"), st.speaker().text());
        ExtractionResult comma = P.extract("Nach Angaben eines Lotsen, der am Kai stand, sei die Fähre zu schnell gewesen.", "de");
        Statement c = find(comma, "sei die Fähre zu schnell gewesen");
        assertFalse(c.speaker().text().contains("Kai"), c.speaker().text());
    }
}
