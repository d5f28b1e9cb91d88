package org.whosaid.analysis.engine.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Statement;

/** Where a name ends: a common noun after first name and surname is the object of the sentence, not a third name. */
class NameBoundaryTest {

    private static String lastSpeaker(String text) {
        List<Statement> st = Pipeline.standard().extract(text, "de").statements();
        return st.get(st.size() - 1).speaker().name();
    }

    @Test
    void aNounAfterFirstNameAndSurnameStartsTheObject() {
        assertEquals("Lene Ortmann", lastSpeaker("Nach Kritik hat Hafensenatorin Lene Ortmann Änderungen angekündigt. "
                + "Es sei ein guter Tag gewesen, sagte sie."));
    }

    @Test
    void twoFirstNamesBeforeTheSurnameStayOneName() {
        assertEquals("Hans Peter Ortmann", lastSpeaker("Hans Peter Ortmann sagte, es sei ein guter Tag gewesen."));
    }
}
