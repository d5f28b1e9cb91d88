package org.whosaid.analysis.engine.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

/**
 * A second speech act of the same speaker after the first one's content ({@link CoordinatedCue}) is a statement of its
 * own, not a part of the first: each has its own content, both the same speaker, neither reported inside the other.
 * Invented sentences.
 */
class CoordinatedCueTest {
    private static final Pipeline P = Pipeline.standard();

    private static void twoStatements(String text, String lang, String first, String second, String speaker) {
        ExtractionResult r = P.extract(text, lang);
        Statement a = find(r, first), b = find(r, second);
        assertEquals(false, a.quote().text().contains(second), "first statement holds the second: " + texts(r));
        assertEquals(speaker, a.speaker().name(), texts(r).toString());
        assertEquals(speaker, b.speaker().name(), texts(r).toString());
        assertNull(b.parentId(), "the second is no statement inside the first: " + texts(r));
    }

    @Test
    void germanSagteUndFuegteHinzu() {
        twoStatements("Die Ministerin Lara Kemp sagte, der Haushalt sei solide, und fügte hinzu, dass die Schulen mehr Geld bekämen.",
                "de", "Haushalt sei solide", "Schulen mehr Geld", "Lara Kemp");
    }

    @Test
    void germanReportedFrameThenAnfuegen() {
        twoStatements("Bürgermeisterin Ines Vogt sprach am Montag von „großen Erfolgen“ und fügte an, dass die Fähre bald wieder fahre.",
                "de", "großen Erfolgen", "Fähre bald wieder", "Ines Vogt");
    }

    @Test
    void germanSharedSubjectIsNotTheObject() {
        twoStatements("Der Stadtrat Ole Brandt sprach von einem „Skandal“ und forderte die Verwaltung auf, die Mittel nicht zu kürzen.",
                "de", "Skandal", "Mittel nicht zu kürzen", "Ole Brandt");
    }

    @Test
    void germanSeparableZuInfinitiveIsContent() {
        twoStatements("Der Stadtrat Ole Brandt sprach von einem „Skandal“ und forderte die Verwaltung auf, den Umbau voranzutreiben.",
                "de", "Skandal", "Umbau voranzutreiben", "Ole Brandt");
    }

    @Test
    void englishAddingThat() {
        twoStatements("Mayor Ines Vogt said the ferry was safe, adding that the bridge would reopen in May.",
                "en", "ferry was safe", "bridge would reopen", "Ines Vogt");
    }

    @Test
    void englishButAddedThatAfterAQuote() {
        twoStatements("Mayor Ines Vogt called the meeting “useful and calm,” but added that the bridge would stay shut until May.",
                "en", "useful and calm", "bridge would stay shut", "Ines Vogt");
    }

    @Test
    void aSpeechActBeforeTheSecondOneKeepsItsOwnWords() {
        twoStatements("Mayor Ines Vogt described the talks as useful but acknowledged that problems remain over the budget.",
                "en", "talks as useful", "problems remain", "Ines Vogt");
        twoStatements("Die Ministerin Lara Kemp forderte mehr Geld für Schulen und erklärte, die Lage sei ernst.",
                "de", "mehr Geld für Schulen", "Lage sei ernst", "Lara Kemp");
    }

    @Test
    void englishAddingAfterAQuoteThatEndsInAComma() {
        twoStatements("Mayor Ines Vogt called the meeting “the most useful one so far,” adding that the bridge would reopen in May.",
                "en", "most useful one so far", "bridge would reopen", "Ines Vogt");
    }

    @Test
    void englishAndAddedThat() {
        twoStatements("Mayor Ines Vogt said that the ferry was safe and added that the bridge would reopen in May.",
                "en", "ferry was safe", "bridge would reopen", "Ines Vogt");
    }
}
