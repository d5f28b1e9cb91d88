package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconAndDiffTest {

    static StatementView view(String id, long article, String lang, String speaker, String quote, String context) {
        return new StatementView(id, article, "Outlet " + article, OffsetDateTime.parse("2026-01-20T18:00:00+01:00"), lang,
                null, speaker, "Direct", quote, context, null, null);
    }

    @Test
    void germanAndEnglishRenderingsMeetThroughTransDeEn() {
        Lexicon lex = Lexicon.standard();
        Assumptions.assumeTrue(lex.bilingualAvailable(),
                "trans-de-en is not installed (apt-get install -y trans-de-en; CI installs it): " + lex.status());
        Aligner al = new Aligner(AlignConfig.defaults(), lex);
        StatementView de = view("de", 1, "de", "Tobias Rehm", "Ein Lohnplus von mehr als vier Prozent ist für uns nicht bezahlbar",
                "„Ein Lohnplus von mehr als vier Prozent ist für uns nicht bezahlbar“, sagte Tobias Rehm am Dienstag.");
        StatementView en = view("en", 2, "en", "Tobias Rehm", "A wage increase of more than four percent is not affordable for us",
                "“A wage increase of more than four percent is not affordable for us,” Tobias Rehm said on Tuesday.");
        Link link = al.compare(de, al.signature(de), en, al.signature(en));
        assertEquals(Relation.SAME, link.relation(), link.evidence().toString());
        assertTrue(link.evidence().stream().anyMatch(e -> e.startsWith("terms de-en") && e.contains("affordabl=bezahlbar")),
                link.evidence().toString());
        // shown to a fact-checker in the words of the two texts, not as stems
        Link shown = al.readable(link, de, en);
        assertTrue(shown.evidence().stream().anyMatch(e -> e.startsWith("terms de-en") && e.contains("affordable = bezahlbar")),
                shown.evidence().toString());
        assertEquals(link.weight(), shown.weight());
        // without the dictionary the same pair has no content in common beyond the number
        Aligner bare = new Aligner(AlignConfig.defaults(), Lexicon.empty());
        Link off = bare.compare(de, bare.signature(de), en, bare.signature(en));
        assertTrue(off.score() < link.score(), off + " vs " + link);
        assertTrue(off.evidence().stream().anyMatch(e -> e.contains("no bilingual dictionary")), off.evidence().toString());
    }

    @Test
    void missingFilesSwitchSignalsOffAndSaySo() {
        Lexicon l = Lexicon.load(Path.of("/nonexistent/de-en"), Path.of("/nonexistent/thesaurus.txt"));
        assertFalse(l.bilingualAvailable());
        assertFalse(l.synonymsAvailable());
        assertTrue(l.status().contains("de-en: off") && l.status().contains("synonyms: off"), l.status());
        assertTrue(Lexicon.empty().status().contains("off"));
    }

    @Test
    void germanSynonymsCount() {
        Lexicon lex = Lexicon.standard();
        Assumptions.assumeTrue(lex.synonymsAvailable(), "openthesaurus-de-text is not installed: " + lex.status());
        assertTrue(lex.synonyms("gespräch", "unterredung") || lex.synonyms("beginnen", "anfangen"));
    }

    @Test
    void wordDiffShowsSubstitutionInsertionAndOmission() {
        Aligner al = new Aligner(AlignConfig.defaults(), Lexicon.empty());
        List<DiffOp> ops = al.diff("Wir brauchen noch zwei Verhandlungsrunden, sagte sie.",
                "Wir brauchen noch drei weitere Verhandlungsrunden.");
        assertEquals("equal", ops.get(0).kind());
        assertEquals("Wir brauchen noch", ops.get(0).reference());
        assertTrue(ops.contains(new DiffOp("replace", "zwei", "drei weitere")), ops.toString());
        assertTrue(ops.stream().anyMatch(o -> o.kind().equals("delete") && o.reference().contains("sagte")), ops.toString());
        List<DiffOp> same = al.diff("Ein „faires“ Angebot", "ein faires Angebot");
        assertEquals(List.of("equal"), same.stream().map(DiffOp::kind).toList(), "case and quotation marks are not differences");
        assertEquals("insert", al.diff("", "neu hier").get(0).kind());
    }

    @Test
    void utteranceDayComesFromTheContext() {
        LocalDate thu = LocalDate.of(2026, 1, 22);
        assertEquals(LocalDate.of(2026, 1, 20), DayResolver.resolve("sagte sie am Dienstag in Lindholm.", null, thu).day());
        assertEquals(LocalDate.of(2026, 1, 21), DayResolver.resolve("she said yesterday.", null, thu).day());
        assertEquals(LocalDate.of(2026, 1, 20), DayResolver.resolve("Dravnik told reporters on Tuesday.", null, thu).day());
        assertEquals(LocalDate.of(2026, 1, 19), DayResolver.resolve("Das sagte er am 19. Januar.", null, thu).day());
        assertEquals(LocalDate.of(2025, 12, 30), DayResolver.resolve("on December 30, he said", null, thu).day());
        DayResolver.Day none = DayResolver.resolve("„Wir treffen uns am Freitag“, sagte sie.", "Wir treffen uns am Freitag", thu);
        assertFalse(none.stated(), "a weekday inside the quote is not the day of the statement");
        assertEquals(thu, none.day());
        assertFalse(DayResolver.resolve("Die Gespräche beginnen kommenden Montag, sagte er.", null, thu).stated());
        assertEquals(LocalDate.of(2026, 1, 20),
                DayResolver.resolve("Nach den Gesprächen vom Montag sagte sie am Dienstag in Lindholm:", null, thu).day());
    }

    @Test
    void hardNegativeSameSpeakerSimilarWordsOtherDay() {
        Aligner al = new Aligner(AlignConfig.defaults(), Lexicon.empty());
        StatementView tue = view("t", 1, "de", "Jana Wolters", "Wir streiken, bis die Betreiber ein faires Angebot vorlegen",
                "„Wir streiken, bis die Betreiber ein faires Angebot vorlegen“, sagte Wolters am Dienstag.");
        StatementView fri = new StatementView("f", 2, "Outlet 2", OffsetDateTime.parse("2026-01-23T12:00:00+01:00"), "de", null,
                "Jana Wolters", "Direct", "Wir streiken weiter, bis die Betreiber ein faires Angebot vorlegen",
                "„Wir streiken weiter, bis die Betreiber ein faires Angebot vorlegen“, sagte Wolters am Freitag.", null, null);
        Link l = al.compare(tue, al.signature(tue), fri, al.signature(fri));
        assertNotEquals(Relation.SAME, l.relation(), l.evidence().toString());
        assertEquals(Relation.RELATED, l.relation(), l.evidence().toString());
        assertTrue(l.evidence().stream().anyMatch(e -> e.startsWith("occasion differs")), l.evidence().toString());
    }
}
