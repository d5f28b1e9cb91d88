package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * German quantifiers are stop words, as "some" and "few" are in English: "einige Punkte" must not match "sich
 * einigen" (to agree) or its English translation. Invented sentences.
 */
class QuantifierTermTest {

    private static List<String> terms(String text) {
        return Text.tokens(text, "de").stream().map(Text.Tok::term).filter(Objects::nonNull).toList();
    }

    @Test
    void aQuantifierIsNoTermTheVerbIs() {
        assertEquals(List.of("punkt", "offen"), terms("Es gebe noch einige Punkte, die offen seien"));
        assertEquals(List.of("punkt", "bald", "einigen"), terms("Man werde sich in einigen Punkten bald einigen"));
        assertEquals(List.of("fahrer", "zweifeln"), terms("Mehrere Fahrer zweifeln"));
    }
}
