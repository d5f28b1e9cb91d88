package org.whosaid.ingest.clean;

import java.util.Locale;
import java.util.Set;

/** Tells German from English by counting frequent function words; null when neither is evident. */
public final class LanguageDetector {
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit",
            "den", "dem", "des", "sich", "auf", "für", "von", "zu", "im", "auch", "wird", "hat", "sei", "sagte",
            "nach", "bei", "aus", "wie", "über", "dass", "oder", "noch", "werden");
    private static final Set<String> EN = Set.of("the", "and", "is", "not", "a", "an", "with", "of", "to", "in", "for",
            "that", "on", "was", "said", "has", "have", "be", "by", "from", "as", "it", "he", "she", "they", "will",
            "would", "at", "which", "this");

    private LanguageDetector() {
    }

    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        int de = 0;
        int en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DE.contains(w)) {
                de++;
            }
            if (EN.contains(w)) {
                en++;
            }
        }
        if (de + en < 3) {
            return null;
        }
        if (de > en * 1.5) {
            return "de";
        }
        if (en > de * 1.5) {
            return "en";
        }
        return de >= en ? "de" : "en";
    }
}
