package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** {@link FrameSpans}: the commas around the narrating clause belong to its frame; invented sentences. */
class FrameSpansTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void theCommaAfterTheContentOpensATrailingFrame() {
        ExtractionResult r = P.extract("„Die Fähre nach Holmsund fährt wieder“, sagte Lotte Brink am Montag.", "de");
        Statement st = find(r, "Die Fähre nach Holmsund fährt wieder");
        assertEquals(", sagte Lotte Brink am Montag", st.frame().text(), texts(r).toString());
    }

    @Test
    void theCommaBeforeTheContentClosesALeadingFrame() {
        ExtractionResult r = P.extract("Wie die Reederei Holmsund mitteilte, fällt die Abendfähre aus.", "de");
        Statement st = find(r, "fällt die Abendfähre aus");
        assertEquals("Wie die Reederei Holmsund mitteilte,", st.frame().text(), texts(r).toString());
    }

    @Test
    void theFullStopStaysOutside() {
        ExtractionResult r = P.extract("Die Schleuse bleibe bis Freitag gesperrt, erklärte der Hafenmeister.", "de");
        Statement st = find(r, "Die Schleuse bleibe bis Freitag gesperrt");
        assertFalse(st.frame().text().endsWith("."), st.frame().text());
        assertTrue(st.frame().text().startsWith(", erklärte"), st.frame().text());
    }

    @Test
    void aLeadingAdverbialAndARelativeClauseBelongToTheFrame() {
        ExtractionResult r = P.extract("Im Streit um die neue Fähre, der seit Wochen andauert, hat Bürgermeister "
                + "Anton Wirz verlangt, dass die Reederei Holmsund den Fahrplan offenlegt.", "de");
        Statement st = find(r, "dass die Reederei Holmsund den Fahrplan offenlegt");
        assertTrue(st.frame().text().startsWith("Im Streit um die neue Fähre, der seit Wochen andauert, hat"),
                st.frame().text());
    }

    @Test
    void theFrameStartsAfterAColonOrAnotherStatement() {
        ExtractionResult colon = P.extract("Der Streit um die Fähre: Der Verband der Lotsen erklärte, die Schleuse bleibe gesperrt.", "de");
        Statement st = find(colon, "die Schleuse bleibe gesperrt");
        assertTrue(st.frame().text().startsWith("Der Verband der Lotsen erklärte"), st.frame().text());
        ExtractionResult quoted = P.extract("„Wir warten“, sagte Lotte Brink, und der Hafenmeister erklärte, die Schleuse bleibe gesperrt.", "de");
        Statement second = find(quoted, "die Schleuse bleibe gesperrt");
        assertFalse(second.frame().text().contains("Wir warten"), second.frame().text());
    }
}
