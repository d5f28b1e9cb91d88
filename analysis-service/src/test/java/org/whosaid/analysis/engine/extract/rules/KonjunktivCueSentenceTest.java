package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** {@link KonjunktivCueSentence}: a sentence whose own cue is in Konjunktiv I is itself reported, on invented sentences. */
class KonjunktivCueSentenceTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void aCueInKonjunktivContinuesTheStatementBefore() {
        String text = "Die Ministerin Hella Brandt sagte, die Fähre fahre ab Montag wieder. "
                + "Sie habe den Bürgermeister bereits informiert und gesagt, die Brücke sei sicher.";
        ExtractionResult r = P.extract(text, "de");
        Statement outer = find(r, "Sie habe den Bürgermeister bereits informiert und gesagt, die Brücke sei sicher.");
        assertEquals("konjunktiv-cue-continues", outer.rule(), texts(r).toString());
        assertEquals("Hella Brandt", name(outer));
        // the cue's own statement stays
        Statement inner = r.statements().stream().filter(s -> s.quote().text().equals("die Brücke sei sicher")).findFirst()
                .orElseThrow(() -> new AssertionError(texts(r).toString()));
        assertEquals("Hella Brandt", name(inner), texts(r).toString());
    }

    @Test
    void notWithoutAStatementBeforeNorAfterAPluralSource() {
        String alone = "Am Hafen war es ruhig. Er habe den Bürgermeister informiert und gesagt, die Brücke sei sicher.";
        ExtractionResult r = P.extract(alone, "de");
        assertTrue(r.statements().stream().noneMatch(s -> "konjunktiv-cue-continues".equals(s.rule())), texts(r).toString());
        String plural = "Die Forscher sagten, der Damm halte. Er habe die Werte geprüft und erklärt, das Wasser sinke.";
        ExtractionResult p = P.extract(plural, "de");
        assertTrue(p.statements().stream().noneMatch(s -> "konjunktiv-cue-continues".equals(s.rule())), texts(p).toString());
    }

    @Test
    void aCueInTheIndicativeIsNotReported() {
        String text = "Die Ministerin Hella Brandt sagte, die Fähre fahre ab Montag wieder. "
                + "Sie hat den Bürgermeister bereits informiert und gesagt, die Brücke sei sicher.";
        ExtractionResult r = P.extract(text, "de");
        assertTrue(r.statements().stream().noneMatch(s -> "konjunktiv-cue-continues".equals(s.rule())), texts(r).toString());
    }
}
