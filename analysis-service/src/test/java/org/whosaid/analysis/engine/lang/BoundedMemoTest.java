package org.whosaid.analysis.engine.lang;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoundedMemoTest {

    @Test
    void computesEachWordOnceWhileRemembered() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, String> lower = new BoundedMemo<>(10, w -> {
            asked.add(w);
            return w.toLowerCase(Locale.ROOT);
        });
        assertEquals("falkenberg", lower.get("Falkenberg"));
        assertEquals("falkenberg", lower.get("Falkenberg"));
        assertEquals("sagte", lower.get("sagte"));
        assertEquals(List.of("Falkenberg", "sagte"), asked);
    }

    @Test
    void forgetsEverythingAtCapacityAndGivesTheSameAnswers() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, Integer> length = new BoundedMemo<>(2, w -> {
            asked.add(w);
            return w.length();
        });
        assertEquals(4, length.get("Mira"));
        assertEquals(10, length.get("Falkenberg"));
        assertEquals(6, length.get("Lindau")); // third word: the memo starts again
        assertEquals(4, length.get("Mira"));   // forgotten, computed again, same answer
        assertEquals(List.of("Mira", "Falkenberg", "Lindau", "Mira"), asked);
    }
}
