package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** "Dieser bestätigte, …": a demonstrative before a finite verb the dictionary also reads as a participle is a subject. */
class DemonstrativeSubjectTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void demonstrativeBeforeAPastTenseCue() {
        String text = "Der Minister traf den Reeder Ole Brandt. Dieser bestätigte, dass die Fähre ausfalle.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("Dieser", find(r, "Fähre ausfalle").speaker().text(), texts(r).toString());
    }

    @Test
    void demonstrativeArticleBeforeANounIsNoSubject() {
        String text = "Diese bestätigten Zahlen zeigen, dass die Fähre ausfällt.";
        ExtractionResult r = P.extract(text, "de");
        r.statements().forEach(s -> assertFalse(s.speaker() != null && s.speaker().text().equals("Diese"), texts(r).toString()));
    }
}
