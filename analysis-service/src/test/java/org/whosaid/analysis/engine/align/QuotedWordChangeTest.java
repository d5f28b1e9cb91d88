package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A key word changed inside one direct quote between two outlets, and what is not one (invented quotes). */
class QuotedWordChangeTest {

    private static StatementView direct(String quote, String lang) {
        return new StatementView("s", 1, "Marschbote", null, lang, null, "Ilse Brandtner", "Direct", quote, quote, null, null);
    }

    @Test
    void aNounSwappedInsideTheQuoteIsAChange() {
        QuotedWordChange.Change c = QuotedWordChange.between(
                direct("Der neue Deich wird bis zum Herbst fertig sein", "de"),
                direct("Der neue Damm wird bis zum Herbst fertig sein", "de"));
        assertNotNull(c);
        assertEquals("Deich", c.first());
        assertEquals("Damm", c.second());
        assertEquals("word in the quote: „Der neue … wird bis zum“", c.subject());
        assertNotNull(QuotedWordChange.between(direct("We will close the terminal at Kranzhafen next week", "en"),
                direct("We will close the terminal at Lowmoor next week", "en")), "a place name");
    }

    @Test
    void spellingInflectionAndOtherDifferencesAreNot() {
        String q = "Der neue Deich wird bis zum Herbst fertig sein";
        assertNull(QuotedWordChange.between(direct(q, "de"), direct(q, "de")), "the same words");
        assertNull(QuotedWordChange.between(direct("Wir danken dem neuen Deichverband für die Arbeit", "de"),
                direct("Wir danken dem neuen Deichverbande für die Arbeit", "de")), "inflection");
        assertNull(QuotedWordChange.between(direct("Wir haben mit Wolodymyr lange gesprochen und viel erreicht", "de"),
                direct("Wir haben mit Volodymyr lange gesprochen und viel erreicht", "de")), "transliteration");
        assertNull(QuotedWordChange.between(direct(q, "de"), direct("Der neue Deich wird bis zum Winter fertig sein und hält", "de")),
                "more than one word differs");
        assertNull(QuotedWordChange.between(direct("Der neue Deich wird im Mai fertig sein", "de"),
                direct("Der neue Deich wird im Juni fertig sein", "de")), "a month is the date fact's");
        assertNull(QuotedWordChange.between(direct("Mit Jurij Hnatow haben wir lange gesprochen", "de"),
                direct("Mit Andrij Hnatow haben wir lange gesprochen", "de")), "a first name is the name fact's");
        assertNull(QuotedWordChange.between(direct("Der neue Deich wird schnell fertig sein", "de"),
                direct("Der neue Deich wird bald fertig sein", "de")), "not a name or noun");
        assertNull(QuotedWordChange.between(direct("Deich fertig", "de"), direct("Damm fertig", "de")), "too short to tell");
        StatementView indirect = new StatementView("s", 1, "Marschbote", null, "de", null, "Ilse Brandtner", "Indirect",
                "der neue Damm werde bis zum Herbst fertig sein", null, null, null);
        assertNull(QuotedWordChange.between(direct(q, "de"), indirect), "only between direct quotes");
    }
}
