package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** The frame (introducing clause) of quoted judgements and of colon clauses before a quote, on invented sentences. */
class QuoteFramesTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void aQuotedJudgementIsFramedByItsClause() {
        ExtractionResult r = P.extract("Hafenmeisterin Ilse Brandt bezeichnete den neuen Fahrplan als „völlig unbrauchbar“.", "de");
        Statement s = find(r, "völlig unbrauchbar");
        assertEquals("judgement-quote", s.rule(), texts(r).toString());
        assertNotNull(s.frame(), texts(r).toString());
        assertEquals("Hafenmeisterin Ilse Brandt bezeichnete den neuen Fahrplan als", s.frame().text());
    }

    @Test
    void theColonClauseFramesTheQuoteAfterIt() {
        String text = "Die Stadt begrüßte den Schritt. Gewerkschaftschef Olaf Rinne blieb skeptisch: „Ein Termin ist noch keine Lösung.“";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Ein Termin ist noch keine Lösung.");
        assertEquals("subject-colon-quote", s.rule(), texts(r).toString());
        assertNotNull(s.frame(), texts(r).toString());
        assertEquals("Gewerkschaftschef Olaf Rinne blieb skeptisch:", s.frame().text());
    }
}
