package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What two renderings share in words: place names are the topic (half a word), weekdays and months meet across
 * languages, and an English word reaches a German synonym of its translation. Invented sentences.
 */
class ContentSignalsTest {
    private static final Aligner ALIGNER = Aligner.standard();

    @Test
    void sharedPlaceNamesAloneDoNotMakeOneStatement() {
        // one speaker, two remarks that only share the two capitals they mention
        StatementView a = view("a1", 1, "es bleibt viel Arbeit in Lindholm und Varnsdorf", "de");
        StatementView b = view("b1", 2, "eine Partnerschaft zwischen Varnsdorf und Lindholm sei denkbar", "de");
        Link l = compare(a, b);
        assertTrue(l.weight() < ALIGNER.config().sameThreshold(), l.evidence().toString());

        // the same remark with one more word in common still meets
        StatementView c = view("c1", 3, "es gebe noch viel Arbeit in Lindholm und in Varnsdorf", "de");
        Link m = compare(a, c);
        assertEquals(Relation.SAME, m.relation(), m.evidence().toString());
    }

    @Test
    void weekdaysMeetAcrossLanguages() {
        Signature de = ALIGNER.signature(view("d1", 1, "es könnte Freitag oder Montag werden", "de"));
        Signature en = ALIGNER.signature(view("e1", 2, "it could be Friday or Monday", "en"));
        assertTrue(de.terms().contains("friday") && de.terms().contains("monday"), de.terms().toString());
        assertTrue(en.terms().contains("friday") && en.terms().contains("monday"), en.terms().toString());
        assertTrue(!en.names().contains("friday"), "a weekday is no name: " + en.names());
        // the modal "may" stays no month, capitalised only at the start of a sentence too
        Signature modal = ALIGNER.signature(view("e2", 3, "the ferry may run again soon", "en"));
        assertTrue(!modal.terms().contains("may"), modal.terms().toString());
        Signature initial = ALIGNER.signature(view("e4", 5, "May we ask whether the ferry runs", "en"));
        assertTrue(!initial.terms().contains("may"), initial.terms().toString());
        // "in May" inside a sentence is the month, and meets "im Mai"
        Signature month = ALIGNER.signature(view("e3", 4, "the new ferry could start in May", "en"));
        Signature mai = ALIGNER.signature(view("d3", 4, "die neue Fähre könnte im Mai starten", "de"));
        assertTrue(month.terms().contains("may") && mai.terms().contains("may"), month.terms() + " / " + mai.terms());
    }

    @Test
    void idiomWordsOfDegreeAndMotionAreNoContent() {
        // "so far" is no "weit", "go through" no "arbeiten": two remarks of one speaker stay apart
        Signature so = ALIGNER.signature(view("e5", 1, "the best session so far, we could go through the harbour plan", "en"));
        assertTrue(!so.terms().contains("far") && !so.terms().contains("go"), so.terms().toString());
        StatementView en = view("e6", 2, "the most useful meeting so far, as we go on", "en");
        StatementView de = view("d6", 3, "der Prozess gehe weiter, man werde weiter arbeiten", "de");
        Link l = compare(en, de);
        assertTrue(l.weight() < ALIGNER.config().sameThreshold(), l.evidence().toString());
    }

    @Test
    void anEnglishWordReachesAGermanSynonymOfItsTranslation() {
        Lexicon lex = Lexicon.standard();
        Assumptions.assumeTrue(lex.bilingualAvailable() && lex.synonymsAvailable(), "trans-de-en and openthesaurus-de-text installed");
        // confident → zuversichtlich, which shares a synset with vertrauensvoll
        StatementView de = view("d1", 1, "sie blicke vertrauensvoll auf den neuen Fährvertrag", "de");
        StatementView en = view("e1", 2, "she is confident about the new ferry contract", "en");
        Link l = compare(de, en);
        String ev = String.join(" | ", l.evidence());
        assertTrue(ev.contains("confident≈vertrauensvoll"), ev);
        assertEquals(Relation.SAME, l.relation(), ev);
    }

    @Test
    void theSpeakersNameAndRoleInAReportedSentenceAreNoContent() {
        // two different reports of one speaker, each quoting its whole sentence with the speaker's name and role
        StatementView a = reported("r1", 1, "Am Abend hat Bürgermeisterin Ilse Brandtner neue Fahrpläne für die Fähre angekündigt.");
        StatementView b = reported("r2", 2, "Bürgermeisterin Ilse Brandtner sprach von einem schwierigen Winter im Hafen.");
        Signature sa = ALIGNER.signature(a);
        assertTrue(!sa.terms().contains("brandtner") && !sa.terms().contains("ilse"), sa.terms().toString());
        assertTrue(sa.terms().stream().noneMatch(t -> t.startsWith("bürgermeister")), sa.terms().toString());
        assertTrue(sa.terms().contains("fähre") || sa.terms().stream().anyMatch(t -> t.startsWith("fahrplan")), sa.terms().toString());
        Link l = compare(a, b);
        assertTrue(l.weight() < ALIGNER.config().sameThreshold(), l.evidence().toString());
    }

    private static StatementView reported(String id, long article, String quote) {
        return new StatementView(id, article, "Outlet " + article, null, "de", "p-7", "Ilse Brandtner", "REPORTED", quote,
                quote, null, null);
    }

    private static Link compare(StatementView a, StatementView b) {
        return ALIGNER.compare(a, ALIGNER.signature(a), b, ALIGNER.signature(b));
    }

    private static StatementView view(String id, long article, String quote, String lang) {
        return new StatementView(id, article, "Outlet " + article, null, lang, "p-7", "Ilse Brandtner", "DIRECT", quote,
                quote, null, null, true);
    }
}
