package org.whosaid.analysis.engine.extract;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The speaker of a marker statement (laut, nach Angaben, zufolge) is the whole source phrase with its attributes, as a
 * reader would quote it. Fictional sentences.
 */
class SourcePhraseTest {
    private static final Pipeline P = Pipeline.standard();

    private static Statement only(String text) {
        List<Statement> all = P.extract(text, "de").statements();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static void assertSpeaker(String text, Statement s, String phrase) {
        int start = text.indexOf(phrase);
        assertEquals(List.of(new Span(start, start + phrase.length())), s.speaker().spans(), s.speaker().toString());
        assertEquals(phrase, s.speaker().text());
    }

    @Test
    void lautWithAQuotedTitle() {
        String text = "Laut „Hafenblick“ ist die Brücke bis Mai gesperrt.";
        Statement s = only(text);
        assertSpeaker(text, s, "„Hafenblick“");
        assertEquals("ist die Brücke bis Mai gesperrt", s.quote().text());
    }

    @Test
    void lautWithGenitiveChainAndTitle() {
        String text = "Laut einem Bericht des Magazins „Hafenblick“ wurde der Plan im Stadtrat geändert.";
        Statement s = only(text);
        assertSpeaker(text, s, "einem Bericht des Magazins „Hafenblick“");
        assertEquals("wurde der Plan im Stadtrat geändert", s.quote().text());
    }

    @Test
    void nachSchaetzungenWithArticlelessGenitive() {
        String text = "Nach Schätzungen dänischer Behörden warten noch 300 Fahrzeuge auf die Fähre.";
        Statement s = only(text);
        assertSpeaker(text, s, "Schätzungen dänischer Behörden");
    }

    @Test
    void zufolgeReadsTheAttributeChainBackwards() {
        String text = "Angaben des nautischen Instituts von Westerholm zufolge lag das Wrack in zwölf Metern Tiefe.";
        Statement s = only(text);
        assertSpeaker(text, s, "Angaben des nautischen Instituts von Westerholm");
        assertEquals("lag das Wrack in zwölf Metern Tiefe", s.quote().text());
    }

    @Test
    void zufolgeInTheMiddleStopsAtTheVerb() {
        String text = "Das Boot sank der Meldung zufolge kurz vor der Einfahrt.";
        Statement s = only(text);
        assertSpeaker(text, s, "der Meldung");
    }
}
