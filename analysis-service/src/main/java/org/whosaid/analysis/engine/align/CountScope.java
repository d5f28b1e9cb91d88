package org.whosaid.analysis.engine.align;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a count in a quote is one on top of others: "four more reports", "vier weitere Berichte", "three additional
 * permits", "another two ferries". Such a count conflicts with the same number said of the whole ("four reports in
 * all"): one rendering then has five things where the other has four. Plain functions, thread-safe.
 */
final class CountScope {
    /** Between the number and the word it counts: "four more reports", "vier zusätzliche Berichte". */
    static final Set<String> BETWEEN = Set.of("more", "additional", "further", "extra", "weitere", "weiteren", "weiterer",
            "zusätzliche", "zusätzlichen", "zusätzlicher", "zusätzlich");
    /**
     * Right before the number: "another four reports", "weitere vier Berichte" ("more than four" is no such
     * count).
     */
    static final Set<String> BEFORE = Set.of("another", "additional", "further", "extra", "weitere", "weiteren",
            "zusätzliche", "zusätzlichen");
    /** Up to three words before the number: "we still need two rounds" and "noch zwei Runden" are two more. */
    static final Set<String> STILL = Set.of("still", "noch");

    private CountScope() {
    }

    /**
     * Whether the number at {@code number} counts things on top of others, given the index of the word it counts
     * ({@code subject}, negative when none was found: then it says nothing).
     */
    static boolean additional(List<Text.Tok> q, int number, int subject) {
        if (subject <= number) return false;
        for (int j = number + 1; j < subject; j++) if (BETWEEN.contains(lower(q.get(j)))) return true;
        if (number > 0 && BEFORE.contains(lower(q.get(number - 1)))) return true;
        for (int j = Math.max(0, number - 3); j < number; j++) if (STILL.contains(lower(q.get(j)))) return true;
        return false;
    }

    private static String lower(Text.Tok t) {
        return t.surface().toLowerCase(Locale.ROOT);
    }
}
