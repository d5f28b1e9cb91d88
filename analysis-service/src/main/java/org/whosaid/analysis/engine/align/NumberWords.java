package org.whosaid.analysis.engine.align;

import java.util.Locale;
import java.util.Map;

/**
 * Number words of German and English as digits, one table for alignment and conflicts: "vier" / "four" → "4".
 * {@link #count} reads only the small counts (two to twelve, twenty) a conflict can rest on; {@link #value} also
 * reads "hundert" / "thousand", which match renderings but are too vague ("mehrere hundert") to conflict.
 */
final class NumberWords {
    private static final Map<String, String> COUNTS = Map.ofEntries(
            Map.entry("zwei", "2"), Map.entry("drei", "3"), Map.entry("vier", "4"), Map.entry("fünf", "5"),
            Map.entry("sechs", "6"), Map.entry("sieben", "7"), Map.entry("acht", "8"), Map.entry("neun", "9"),
            Map.entry("zehn", "10"), Map.entry("elf", "11"), Map.entry("zwölf", "12"), Map.entry("zwanzig", "20"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("twenty", "20"));
    private static final Map<String, String> MAGNITUDES = Map.of("hundert", "100", "tausend", "1000",
            "hundred", "100", "thousand", "1000");

    private NumberWords() {
    }

    /** The digits of a small count word, or null. */
    static String count(String word) {
        return COUNTS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The digits of a count or magnitude word, or null. */
    static String value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String c = COUNTS.get(w);
        return c != null ? c : MAGNITUDES.get(w);
    }
}
