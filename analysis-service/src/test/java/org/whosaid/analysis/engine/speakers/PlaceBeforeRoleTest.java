package org.whosaid.analysis.engine.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Statement;

/** A place before a role ("Lindholm's deputy mayor X", "der Lindholmer Bürgermeister X") names where, not who. */
class PlaceBeforeRoleTest {

    private static String speaker(String text, String lang) {
        List<Statement> st = Pipeline.standard().extract(text, lang).statements();
        assertEquals(1, st.size(), st.toString());
        return st.get(0).speaker() == null ? null : st.get(0).speaker().name();
    }

    @Test
    void englishPossessivePlaceBeforeAModifiedRole() {
        assertEquals("Ilse Brandtner", speaker("\"We will reopen the ferry in spring,\" said Kranzhafen's deputy mayor Ilse Brandtner.", "en"));
        assertEquals("Peter Sandvik", speaker("\"The budget is tight,\" Lindholm's mayor Peter Sandvik told reporters.", "en"));
    }

    @Test
    void germanPlaceAdjectiveBeforeARole() {
        assertEquals("Peter Sandvik", speaker("Der Lindholmer Bürgermeister Peter Sandvik sagte, die Fähre fahre wieder.", "de"));
        assertEquals("Ilse Brandtner", speaker("„Die Fähre fährt im Mai“, sagte die Kranzhafener Bürgermeisterin Ilse Brandtner.", "de"));
    }
}
