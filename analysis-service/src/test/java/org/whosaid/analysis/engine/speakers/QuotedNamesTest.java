package org.whosaid.analysis.engine.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Statement;

/** {@link QuotedNames}: an article before a short quoted name is the organisation or medium of that name. */
class QuotedNamesTest {

    private static Statement containing(String text, String part) {
        List<Statement> st = Pipeline.standard().extract(text, "de").statements();
        return st.stream().filter(s -> s.quote().text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError(st.toString()));
    }

    @Test
    void aQuotedNewspaperAfterItsArticleIsTheSpeaker() {
        Statement s = containing("Die „Hafenpost“ hatte am Montag berichtet, die Fähre fahre wieder.", "die Fähre fahre wieder");
        assertNotNull(s.speaker(), s.toString());
        assertEquals("Die „Hafenpost“", s.speaker().text());
    }

    @Test
    void aQuotedInitiativeInAWieClause() {
        Statement s = containing("Wie die „Initiative Grüne Mole“ mitteilte, sollen die Bäume stehen bleiben.", "die Bäume stehen bleiben");
        assertNotNull(s.speaker(), s.toString());
        assertEquals("die „Initiative Grüne Mole“", s.speaker().text());
    }
}
