package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** Speaker fixes after the rules split (issue 13), each on invented sentences. */
class SpeakerFixesTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void theOneToldIsTheAddresseeNotTheSpeaker() {
        String text = "Harbour master Ellen Varga spoke on Monday. \"We will reopen the pier,\" she told the Lowmoor Gazette.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "reopen the pier");
        assertEquals("she", s.speaker().text(), texts(r).toString());
        assertNotEquals("Lowmoor Gazette", name(s));
    }

    @Test
    void agencyCreditAfterTheCueIsNoStatement() {
        String text = "\"The ferry will run again on Friday,\" Varga said, AFP.";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Varga", name(find(r, "ferry will run again")));
        assertTrue(r.statements().stream().noneMatch(s -> s.quote().text().equals("AFP")), texts(r).toString());
        assertEquals(1, r.statements().size(), texts(r).toString());
    }
}
