package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/**
 * {@link KonjunktivContinuation} with {@link Moods#firstFiniteVerbKonj2}: any verb's Konjunktiv II as the first finite
 * verb continues the statement right before; invented sentences.
 */
class KonjunktivTwoFirstVerbTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void konjunktivTwoOfAnyVerbContinuesTheStatementBefore() {
        String text = "Die Deichbehörde Wallmoor sagte, die Lage sei ernst. Die Deiche befänden sich an der Grenze ihrer Belastbarkeit.";
        ExtractionResult r = P.extract(text, "de");
        Statement st = find(r, "Die Deiche befänden sich an der Grenze ihrer Belastbarkeit");
        assertEquals("konjunktiv-continues", st.rule(), texts(r).toString());
        assertTrue(name(st).contains("Wallmoor"), texts(r).toString());
    }

    @Test
    void notTheIndicativeNorAConditional() {
        String past = "Die Deichbehörde Wallmoor sagte, die Lage sei ernst. Die Deiche befanden sich an der Grenze ihrer Belastbarkeit.";
        ExtractionResult r = P.extract(past, "de");
        assertTrue(r.statements().stream().noneMatch(s -> s.quote().text().contains("befanden")), texts(r).toString());
        String cond = "Die Deichbehörde Wallmoor sagte, die Lage sei ernst. Wenn es weiter regnete, stiegen die Pegel.";
        ExtractionResult c = P.extract(cond, "de");
        assertTrue(c.statements().stream().noneMatch(s -> s.quote().text().contains("Pegel")), texts(c).toString());
    }
}
