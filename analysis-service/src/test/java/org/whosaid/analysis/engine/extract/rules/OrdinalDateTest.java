package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.lang.Tokenizer;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** The day of a German date is an ordinal ("am 3. Mai"): its dot ends no sentence or clause; invented sentences. */
class OrdinalDateTest {

    private static List<String> words(String text) {
        return new Tokenizer().tokenize(text).stream().map(t -> t.text).toList();
    }

    @Test
    void theDayKeepsItsDotBeforeAMonthOrALowerCaseWord() {
        assertEquals(List.of("am", "3.", "Mai", "entschieden"), words("am 3. Mai entschieden"));
        assertEquals(List.of("bis", "zum", "12.", "Oktober"), words("bis zum 12. Oktober"));
        assertEquals(List.of("der", "2.", "internationale", "Kongress"), words("der 2. internationale Kongress"));
    }

    @Test
    void aNumberAtTheEndOfASentenceKeepsItsOwnDot() {
        assertEquals(List.of("Sie", "wurde", "3", ".", "Danach"), words("Sie wurde 3. Danach"));
        assertEquals(List.of("Es", "waren", "2025", ".", "Mai"), words("Es waren 2025. Mai"));
        assertEquals(List.of("3,5", "."), words("3,5."));
    }

    @Test
    void theMonthAfterTheDayIsNoSpeaker() {
        ExtractionResult r = Pipeline.standard().extract(
                "Die Senatorin Ilka Marwede hatte am 3. Mai entschieden, die Fähre nach Holmsund bleibe in Betrieb.", "de");
        Statement st = find(r, "bleibe in Betrieb");
        assertTrue(st.speaker().text().contains("Marwede"), texts(r).toString());
    }
}
