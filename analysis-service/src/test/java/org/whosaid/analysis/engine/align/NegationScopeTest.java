package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** A negation covers the words of its own clause only, so a "not" elsewhere in a quote does not flip its polarity. */
class NegationScopeTest {

    private static Set<String> negated(String text, String lang) {
        return NegationScope.terms(Text.tokens(text, lang));
    }

    @Test
    void coversItsClauseOnly() {
        Set<String> en = negated("The talks were very useful and constructive, but the sides agreed not to publish details", "en");
        assertFalse(en.contains(EnglishStemmer.stem("useful")), en.toString());
        assertFalse(en.contains(EnglishStemmer.stem("constructive")), en.toString());
        assertTrue(en.contains(EnglishStemmer.stem("details")), en.toString());

        Set<String> en2 = negated("A compromise hasn't been found yet", "en");
        assertTrue(en2.contains(EnglishStemmer.stem("compromise")), en2.toString());
    }

    @Test
    void aWordAlsoSaidWithoutTheNegationIsNotNegated() {
        // invented: the depot was not opened, the gate was; "open" is said both ways, "depot" only under the negation
        Set<String> en = negated("We did not open the depot, but later we opened the gate", "en");
        assertFalse(en.contains(EnglishStemmer.stem("open")), en.toString());
        assertTrue(en.contains(EnglishStemmer.stem("depot")), en.toString());

        Set<String> de = negated("Das Depot wurde nicht geöffnet, das Tor wurde später geöffnet", "de");
        assertFalse(de.contains("öffnen"), de.toString());
        assertTrue(de.contains("depot"), de.toString());
    }

    @Test
    void failedToIsANegation() {
        // invented: "failed to agree" says what "did not agree" says; "failed" alone is no negation
        Set<String> en = negated("The two ferry operators failed to agree on a winter timetable", "en");
        assertTrue(en.contains(EnglishStemmer.stem("timetable")), en.toString());
        assertEquals(Set.of(), negated("The old pump failed last winter", "en"));
    }

    @Test
    void notOnlyIsNoNegation() {
        assertEquals(Set.of(), negated("Nicht nur die Stadt äußerte sich zufrieden", "de"));
        assertEquals(Set.of(), negated("Not only the mayor welcomed the plan", "en"));
    }

    @Test
    void aNegationElsewhereDoesNotSeparateTwoRenderingsOfOnePraise() {
        Aligner aligner = Aligner.standard();
        StatementView a = view("a1", 1, "The meeting was useful and constructive, but the details were not disclosed", "en");
        StatementView b = view("b1", 2, "the conversation was useful and constructive", "en");
        Link l = aligner.compare(a, aligner.signature(a), b, aligner.signature(b));
        assertFalse(String.join(" | ", l.evidence()).contains("negation differs"), l.evidence().toString());

        StatementView c = view("c1", 3, "no compromise was found on the harbour question", "en");
        StatementView d = view("d1", 4, "a compromise was found on the harbour question", "en");
        Link m = aligner.compare(c, aligner.signature(c), d, aligner.signature(d));
        assertTrue(String.join(" | ", m.evidence()).contains("negation differs: compromis"), m.evidence().toString());
    }

    @Test
    void oneNegationOnBothSidesCountsAsAWordTheyShare() {
        Aligner aligner = Aligner.standard();
        // German and English, one content word in common: below the minimum of matched words without the negation
        StatementView a = view("a2", 5, "keine Einigung über den Fährbetrieb", "de");
        StatementView b = view("b2", 6, "there is no agreement yet", "en");
        Link both = aligner.compare(a, aligner.signature(a), b, aligner.signature(b));
        assertTrue(String.join(" | ", both.evidence()).contains("negation agrees"), both.evidence().toString());
        assertEquals(Relation.SAME, both.relation(), both.evidence().toString());

        StatementView c = view("c2", 7, "there is an agreement now", "en");
        Link one = aligner.compare(a, aligner.signature(a), c, aligner.signature(c));
        assertTrue(one.weight() < both.weight(), one.evidence() + " vs " + both.evidence());
        assertFalse(one.relation() == Relation.SAME, one.evidence().toString());
    }

    @Test
    void aNegatedLightVerbOnBothSidesIsNoAgreement() {
        // invented: "she sees no progress" and "she sees no way out of the dispute" are two remarks; "keine Einigung" /
        // "no agreement" still agree
        Aligner aligner = Aligner.standard();
        StatementView a = view("a2", 1, "Sie sieht keine Fortschritte", "de");
        StatementView b = view("b2", 2, "she sees no way out of the dispute over the pier", "en");
        Link l = aligner.compare(a, aligner.signature(a), b, aligner.signature(b));
        assertFalse(String.join(" | ", l.evidence()).contains("negation agrees"), l.evidence().toString());
        assertTrue(String.join(" | ", l.evidence()).contains("light verb"), l.evidence().toString());
        assertTrue(l.weight() < 0.45, l.evidence().toString());

        StatementView c = view("c2", 3, "Es gebe keine Einigung über den Fahrplan", "de");
        StatementView d = view("d2", 4, "there is no agreement on the timetable", "en");
        Link m = aligner.compare(c, aligner.signature(c), d, aligner.signature(d));
        assertTrue(String.join(" | ", m.evidence()).contains("negation agrees"), m.evidence().toString());
    }

    private static StatementView view(String id, long article, String quote, String lang) {
        return new StatementView(id, article, "Outlet " + article, null, lang, "p-7", "Ilse Brandtner", "DIRECT", quote,
                quote, null, null, true);
    }

}
