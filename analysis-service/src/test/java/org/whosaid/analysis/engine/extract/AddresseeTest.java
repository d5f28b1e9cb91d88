package org.whosaid.analysis.engine.extract;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Who a statement was made to: "gegenüber X", a dative right after the verb. Fictional German sentences. */
class AddresseeTest {
    private static final Pipeline P = Pipeline.standard();

    private static Statement only(String text) {
        List<Statement> all = P.extract(text, "de").statements();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static void assertAddressee(String text, Statement s, String phrase) {
        assertNotNull(s.addressee(), "no addressee in " + s);
        int at = text.indexOf(phrase);
        assertEquals(List.of(new Span(at, at + phrase.length())), s.addressee().spans());
        assertEquals(phrase, s.addressee().text());
    }

    @Test
    void gegenueberAnywhereInTheCueClause() {
        String text = "Ein Sprecher der Hafenpolizei sagte am Morgen gegenüber der Lokalpresse, der Dieb sei gefasst.";
        Statement s = only(text);
        assertAddressee(text, s, "der Lokalpresse");
        assertEquals("der Dieb sei gefasst", s.quote().text());
    }

    @Test
    void dativeAfterTheVerb() {
        String text = "Die Reederei teilte dem Sender Nordfunk mit, die Fähre fahre wieder.";
        Statement s = only(text);
        assertAddressee(text, s, "dem Sender Nordfunk");
        assertEquals("Die Reederei", s.speaker().text());
    }

    @Test
    void newspaperWithQuotedTitleDoesNotEndTheCueClause() {
        String text = "Der Staatssekretär Ole Brandt sagte der „Hafenzeitung“, der Plan sei gut.";
        Statement s = only(text);
        assertEquals("der Plan sei gut", s.quote().text());
        assertEquals("Ole Brandt", s.speaker().name());
        assertAddressee(text, s, "der „Hafenzeitung“");
    }

    @Test
    void theSpeakerAfterTheVerbIsNotTheAddressee() {
        String text = "„Der Plan ist gut“, sagte der Staatssekretär Ole Brandt.";
        Statement s = only(text);
        assertEquals("Ole Brandt", s.speaker().name());
        assertNull(s.addressee());
    }
}
