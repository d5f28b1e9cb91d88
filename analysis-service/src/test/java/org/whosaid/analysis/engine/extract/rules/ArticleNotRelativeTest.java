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
 * {@link Clauses#isRelativeStart}: "die" before an inflected adjective or participle and a noun is an article opening
 * the content, not a relative pronoun; invented sentences.
 */
class ArticleNotRelativeTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void participleAndNounAfterTheCommaAreContent() {
        String text = "Am Deich wird gearbeitet. Anton Brekkenfeld erklärte, die betroffenen Schafe würden versorgt.";
        ExtractionResult r = P.extract(text, "de");
        Statement st = find(r, "die betroffenen Schafe würden versorgt");
        assertEquals("Anton Brekkenfeld", name(st), texts(r).toString());
    }

    @Test
    void anAdverbAndZuParticipleBeforeTheNoun() {
        String text = "Am Deich wird gearbeitet. Anton Brekkenfeld erklärte, die noch zu bauende Schleuse werde den Pegel halten.";
        ExtractionResult r = P.extract(text, "de");
        find(r, "die noch zu bauende Schleuse werde den Pegel halten");
    }

    @Test
    void aRelativeClauseStaysOutOfTheContent() {
        String text = "Am Deich wird gearbeitet. Die Ingenieurin sprach mit Anton Brekkenfeld, der betroffen war.";
        ExtractionResult r = P.extract(text, "de");
        assertTrue(r.statements().stream().noneMatch(s -> s.quote().text().startsWith("der betroffen")), texts(r).toString());
    }
}
