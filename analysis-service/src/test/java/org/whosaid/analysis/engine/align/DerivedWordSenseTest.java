package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A derived English word (foundation, presently) shares its stem with a base word (found, present) but not all its
 * senses: the base word said alone does not reach the derived word's other translations; the derived word keeps
 * them. Small invented dictionary in the trans-de-en format; invented sentences.
 */
class DerivedWordSenseTest {
    @TempDir
    Path dir;

    private Lexicon lexicon() throws Exception {
        Path deEn = dir.resolve("de-en");
        Files.writeString(deEn, String.join("\n",
                "Grundlage {f} | Grundlagen {pl} :: foundation | foundations",
                "gründen {vt} :: to found",
                "finden {vt} :: to find",
                "bald {adv} :: presently; soon",
                "vorlegen {vt} :: to present",
                "Einigung {f} :: agreement",
                "sich einigen {vr} :: to agree",
                "Depot {n} :: depot",
                ""));
        return Lexicon.load(deEn, dir.resolve("no-thesaurus.txt"));
    }

    private static StatementView view(String id, long article, String lang, String quote) {
        return new StatementView(id, article, "Outlet " + article, OffsetDateTime.parse("2026-03-02T12:00:00Z"), lang,
                null, "Mara Lindqvist", "Direct", quote, quote, null, null);
    }

    @Test
    void wordKeysKeepDerivationsStemsDoNot() {
        assertEquals("found", EnglishStemmer.stem("foundations"));
        assertEquals("foundation", EnglishStemmer.wordKey("foundations"));
        assertEquals("found", EnglishStemmer.wordKey("found"));
        assertEquals("presentli", EnglishStemmer.wordKey("presently"));
        assertEquals(EnglishStemmer.stem("presented"), EnglishStemmer.wordKey("presented"));
    }

    @Test
    void theBaseWordAloneDoesNotBorrowTheDerivedWordsOtherSense() throws Exception {
        Lexicon lex = lexicon();
        int grundlage = lex.germanId("grundlage"), gruenden = lex.germanId("gründen");
        int[] base = lex.translationIds("found", true);
        int[] any = lex.translationIds("found", false);
        assertFalse(contains(base, grundlage));
        assertTrue(contains(base, gruenden));
        assertTrue(contains(any, grundlage) && contains(any, gruenden));
        assertFalse(contains(lex.translationIds(EnglishStemmer.stem("presented"), true), lex.germanId("bald")));
        // a derived word's translation that begins like one of the base word's own stays (Einigung ~ einigen)
        assertTrue(contains(lex.translationIds(EnglishStemmer.stem("agreed"), true), lex.germanId("einigung")));
    }

    @Test
    void aNegatedFoundDoesNotMeetAFoundationAndTheFoundationStillDoes() throws Exception {
        Aligner al = new Aligner(AlignConfig.defaults(), lexicon());
        StatementView de = view("de", 1, "de", "Die Grundlage für das Depot ist gelegt");
        StatementView found = view("en1", 2, "en", "We have not found the depot yet");
        StatementView foundation = view("en2", 3, "en", "The foundation for the depot is laid");
        List<String> ev1 = al.compare(de, al.signature(de), found, al.signature(found)).evidence();
        assertFalse(ev1.toString().contains("found=grundlage"), ev1.toString());
        assertFalse(ev1.toString().contains("negation differs: found"), ev1.toString());
        List<String> ev2 = al.compare(de, al.signature(de), foundation, al.signature(foundation)).evidence();
        assertTrue(ev2.toString().contains("found=grundlage"), ev2.toString());
    }

    private static boolean contains(int[] ids, int id) {
        if (ids == null || id < 0) return false;
        for (int x : ids) if (x == id) return true;
        return false;
    }
}
