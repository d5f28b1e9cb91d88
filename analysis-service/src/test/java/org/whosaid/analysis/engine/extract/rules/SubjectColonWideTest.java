package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** {@link SubjectColonQuote}: the subject after the verb in second place, or with an apposition; invented sentences. */
class SubjectColonWideTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void aSubjectAfterTheVerbSpeaksTheQuoteAfterTheColon() {
        ExtractionResult r = P.extract("Am Abend wurde Hafenmeisterin Anna Weber deutlich: „So kann die Fähre nicht weiterfahren.“", "de");
        Statement st = find(r, "So kann die Fähre nicht weiterfahren");
        assertEquals("Anna Weber", name(st), texts(r).toString());
        assertEquals("Am Abend wurde Hafenmeisterin Anna Weber deutlich:", st.frame().text());
    }

    @Test
    void anAppositionInCommasStaysInTheClause() {
        ExtractionResult r = P.extract("Die Leiterin des Hafenamts, Anna Weber, blieb gelassen: „Wir warten den Bericht ab.“", "de");
        Statement st = find(r, "Wir warten den Bericht ab");
        assertEquals("Anna Weber", name(st), texts(r).toString());
    }
}
