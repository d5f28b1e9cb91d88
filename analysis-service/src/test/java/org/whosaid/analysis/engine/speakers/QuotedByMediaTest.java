package org.whosaid.analysis.engine.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Statement;

/**
 * Who spoke when a medium quotes someone, when a second speech clause follows the comma, and when a role without a
 * name opens a speech clause: the speaker is a person of the sentence, never a name from the content.
 */
class QuotedByMediaTest {

    private static List<Statement> extract(String text, String lang) {
        return Pipeline.standard().extract(text, lang).statements();
    }

    @Test
    void theObjectOfZitierenIsTheSpeakerAndTheQuoteAfterTheColonIsTheContent() {
        List<Statement> st = extract("Der Verhandler Jens Ortmann nannte das Treffen „hilfreich“. Doch Hafenchefin Marta Kollwitz "
                + "blieb skeptisch: „Wir sind noch weit von einer Lösung entfernt“, zitierte sie das Lokalblatt.", "de");
        Statement last = st.get(st.size() - 1);
        assertEquals("Wir sind noch weit von einer Lösung entfernt", last.quote().text());
        assertEquals("Marta Kollwitz", last.speaker().name());
    }

    @Test
    void aSubjectAndItsSpeechVerbAfterTheCommaAreNoContentOfTheEarlierVerb() {
        List<Statement> st = extract("They agreed to hold another round of talks in March, Ortmann said.", "en");
        assertEquals(1, st.size(), st.toString());
        assertEquals("Ortmann", st.get(0).speaker().name());
        assertEquals("They agreed to hold another round of talks in March", st.get(0).quote().text());
    }

    @Test
    void aRoleBeforeItsVerbTakesNoNameFromTheContent() {
        List<Statement> st = extract("Die Ministerin sagte, Ortmann habe die Zahlen geschönt.", "de");
        assertEquals(1, st.size(), st.toString());
        assertNull(st.get(0).speaker().name(), "the name in the content is not the speaker");
        assertEquals("Die Ministerin", st.get(0).speaker().text());
    }
}
