package org.whosaid.analysis.engine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Statement;

/** English verbs that report a speech act with a plain object: "expressed thanks", "voiced concern", "welcomed the plan". */
class EnglishSpeechActsTest {

    private static Statement only(String text) {
        List<Statement> st = Pipeline.standard().extract(text, "en").statements();
        assertEquals(1, st.size(), st.toString());
        return st.get(0);
    }

    @Test
    void expressingVoicingAndWelcomingAreReportedStatementsOfTheSubject() {
        Statement s = only("Harbour chief Marta Kollwitz expressed thanks to the volunteers for their help.");
        assertEquals(Form.Reported, s.form());
        assertEquals("Marta Kollwitz", s.speaker().name());
        assertEquals("voiced", only("Union leader Jens Ortmann voiced concern about the new shift plan.").cue().text());
        assertTrue(only("Mayor Peter Sandvik welcomed the ferry schedule on Monday.").quote().text().contains("ferry schedule"));
    }
}
