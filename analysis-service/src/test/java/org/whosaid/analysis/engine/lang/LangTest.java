package org.whosaid.analysis.engine.lang;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.Pipeline;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class LangTest {

    @Test
    void sentenceSplitterKeepsAbbreviationsAndDates() {
        String text = "Dr. Anna Keller kam am 3. Oktober nach Lindenau. Sie sprach u. a. über die Brücke. Danach ging sie.";
        Document d = Pipeline.standard().analyse(text, "de");
        assertEquals(3, d.sentences.size(), d.sentences.toString());
        assertEquals("Danach ging sie.", text.substring(d.sentences.get(2).start, d.sentences.get(2).end));
    }

    @Test
    void linesAfterFurnitureMarkerAreNotBody() {
        SentenceSplitter sp = new SentenceSplitter(Set.of(), Set.of("mehr zum thema"));
        List<Sentence> s = sp.split("Erster Satz hier.\nMehr zum Thema\nEin Teaser.");
        assertTrue(s.get(0).body);
        assertFalse(s.get(1).body);
        assertFalse(s.get(2).body);
        assertTrue(s.get(1).headline);
    }

    @Test
    void aLineOfSeveralSentencesEndingWithoutAStopIsCutOffBodyNotAHeadline() {
        SentenceSplitter sp = new SentenceSplitter(Set.of(), Set.of());
        List<Sentence> s = sp.split("Streit um den Hafen\nBerg sagte, der Streik sei vorbei. Die Gespräche würden gut laufen\n");
        assertTrue(s.get(0).headline, "a one-sentence line without a stop is a headline");
        assertFalse(s.get(1).headline);
        assertFalse(s.get(2).headline, "the cut-off last sentence of a body line");

        Document d = Pipeline.standard().analyse("Streit um den Hafen\nAnna Berg sagte, der Streik hätte nie beginnen dürfen. "
                + "Die Gespräche über den Hafenplan würden „sehr gut“ laufen\n", "de");
        assertTrue(d.statements.stream().anyMatch(x -> x.rule.equals("konjunktiv-continues")), d.statements.toString());
    }

    @Test
    void manyShortLinesWithoutAStopAreHeadlinesAndTheCutOffTestSeesOnlyTheRest() {
        for (String rest : List.of("", " \n\t", "\u2003\n", " x", "\u00a0", "\n\nWort")) {
            assertEquals(rest.isBlank(), SentenceSplitter.blankFrom("Zeile" + rest, 5), rest);
        }
        // 100,000 invented one-word lines (about 600 KB): each line asked once whether only white space follows it
        SentenceSplitter sp = new SentenceSplitter(Set.of(), Set.of());
        List<Sentence> s = sp.split("Hafen\n".repeat(100_000));
        assertEquals(100_000, s.size());
        assertTrue(s.stream().allMatch(x -> x.headline && x.body));
    }

    @Test
    void tokenizerKeepsHyphenatedWordsAndNumbers() {
        List<Token> t = new Tokenizer().tokenize("Der Kreml-Berater nannte 3,5 Prozent.");
        assertEquals(List.of("Der", "Kreml-Berater", "nannte", "3,5", "Prozent", "."), t.stream().map(x -> x.text).toList());
        assertEquals(4, t.get(1).start);
    }

    @Test
    void morphologyMarksKonjunktivAndLemmas() {
        Document d = Pipeline.standard().analyse("Er sagte, das sei gut.", "de");
        Token sagte = d.tokens.get(1), sei = d.tokens.get(4);
        assertEquals("sagen", sagte.verbLemma);
        assertTrue(sei.isKonj1());
    }

    @Test
    void languageDetection() {
        LanguageDetector ld = new LanguageDetector();
        assertEquals("de", ld.detect("Der Minister sagte, die Brücke sei fertig und werde bald eröffnet."));
        assertEquals("en", ld.detect("The minister said the bridge was finished and would open soon."));
    }
}
