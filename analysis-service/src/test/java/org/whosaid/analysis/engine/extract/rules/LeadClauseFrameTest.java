package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** {@link LeadClauseFrame}: a narrating lead clause before Konjunktiv content is the frame; invented sentences. */
class LeadClauseFrameTest {
    private static final Pipeline P = Pipeline.standard();

    private static final String BEFORE = "Die Reederei Holmsund sagte, der Kanal bleibe gesperrt. ";

    @Test
    void theLeadClauseIsTheFrameAndItsSubjectSpeaks() {
        ExtractionResult r = P.extract(BEFORE + "Der Hafenverband hatte sich erhofft, die Schleuse werde bald wieder frei.", "de");
        Statement st = find(r, "die Schleuse werde bald wieder frei");
        assertEquals("lead-clause-konjunktiv", st.rule(), texts(r).toString());
        assertEquals("die Schleuse werde bald wieder frei", st.quote().text());
        assertTrue(name(st).contains("Hafenverband"), texts(r).toString());
        assertTrue(st.cue().text().contains("erhofft"), st.cue().text());
    }

    @Test
    void anImpersonalLeadClauseKeepsTheEarlierSpeaker() {
        ExtractionResult r = P.extract(BEFORE + "Am Abend wurde es ruhig, die Lotsen seien nach Hause gegangen.", "de");
        Statement st = find(r, "die Lotsen seien nach Hause gegangen");
        assertEquals("lead-clause-konjunktiv", st.rule(), texts(r).toString());
        assertTrue(name(st).contains("Holmsund"), texts(r).toString());
    }

    @Test
    void notBeforeARelativeClauseNorWithoutAStatementBefore() {
        ExtractionResult rel = P.extract(BEFORE + "Der Hafenverband lobte den Lotsen, der die Schleuse geöffnet habe.", "de");
        assertTrue(rel.statements().stream().noneMatch(s -> "lead-clause-konjunktiv".equals(s.rule())), texts(rel).toString());
        ExtractionResult alone = P.extract("Am Kanal war es still. Der Hafenverband hatte sich erhofft, die Schleuse werde bald frei.", "de");
        assertTrue(alone.statements().stream().noneMatch(s -> "lead-clause-konjunktiv".equals(s.rule())), texts(alone).toString());
    }
}
