package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** A name right after a role or organisation noun ({@link RoleName}) and a subject joined by "und" ({@link CoordinatedPhrase}). */
class RoleNameTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void lowerCaseNameAfterABroadcaster() {
        String text = "Dem Sender al-Hafen zufolge wird die Fähre umgeleitet.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Dem Sender al-Hafen", find(r, "Fähre umgeleitet").speaker().text(), texts(r).toString());
    }

    @Test
    void acronymAfterAnAgency() {
        String text = "Laut der Presseagentur NPA sei die Fähre ausgefallen.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("der Presseagentur NPA", find(r, "Fähre ausgefallen").speaker().text(), texts(r).toString());
    }

    @Test
    void twoSubjectsJoinedByUnd() {
        String text = "Die Reederei und der Hafenverein teilten mit, dass die Fähre ausfalle.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Die Reederei und der Hafenverein", find(r, "Fähre ausfalle").speaker().text(), texts(r).toString());
    }
}
