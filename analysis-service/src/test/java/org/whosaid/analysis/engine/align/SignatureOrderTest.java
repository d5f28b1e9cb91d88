package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The comparison walks a signature's word sets (the words a link shows as evidence, the synonym it pairs first), so
 * they must iterate in one order on every JVM start: sorted, whatever set they were made from.
 */
class SignatureOrderTest {

    @Test
    void wordSetsIterateSortedAndStayUnmodifiable() {
        Signature s = new Signature(Set.of("schleuse", "deich", "hafen", "zoll"), Set.of("Merz", "Albers"),
                Set.of("400000", "12"), null, true, null, Set.of("zoll", "deich"), null);
        assertEquals(List.of("deich", "hafen", "schleuse", "zoll"), List.copyOf(s.terms()));
        assertEquals(List.of("Albers", "Merz"), List.copyOf(s.names()));
        assertEquals(List.of("12", "400000"), List.copyOf(s.numbers()));
        assertEquals(List.of("deich", "zoll"), List.copyOf(s.negatedTerms()));
        assertThrows(UnsupportedOperationException.class, () -> s.terms().add("damm"));
    }
}
