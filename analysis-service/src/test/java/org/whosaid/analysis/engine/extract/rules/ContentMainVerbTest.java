package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** {@link ContentThenCue}: content before a trailing cue needs a verb of its own; invented sentences. */
class ContentMainVerbTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void aNounPhraseWithARelativeClauseIsNoContent() {
        ExtractionResult r = P.extract("Die Prüfer der Werft Holmsund, die das Boot am Montag besichtigten, sprechen von hohen Kosten.", "de");
        assertTrue(r.statements().stream().noneMatch(s -> "content-then-cue".equals(s.rule())), texts(r).toString());
    }

    @Test
    void aClauseBeforeTheCueStaysContent() {
        ExtractionResult r = P.extract("Die Fähre, die seit Montag repariert wird, fahre wieder, sagte Hafenmeister Olaf Brink.", "de");
        Statement st = find(r, "fahre wieder");
        assertEquals("content-then-cue", st.rule(), texts(r).toString());
        assertEquals("Die Fähre, die seit Montag repariert wird, fahre wieder", st.quote().text());
        ExtractionResult verbless = P.extract("Alles in Ordnung, sagte Hafenmeister Olaf Brink.", "de");
        assertEquals("content-then-cue", find(verbless, "Alles in Ordnung").rule(), texts(verbless).toString());
    }
}
