package org.whosaid.analysis.engine.lang;

import java.util.Set;

/**
 * Tells German from English by counting very frequent function words in the first ~4000 characters. Anything else
 * falls back to German (the project's main language). Cheap enough for the hot path.
 */
public final class LanguageDetector {
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit",
            "sich", "den", "dem", "auf", "für", "von", "zu", "im", "des", "sei", "dass", "auch", "wird", "nach", "bei");
    private static final Set<String> EN = Set.of("the", "and", "is", "not", "a", "an", "with", "of", "to", "in",
            "for", "on", "that", "was", "said", "he", "she", "it", "are", "by", "has", "have", "be", "from");

    public String detect(String text) {
        int de = 0, en = 0;
        int n = Math.min(text.length(), 4000);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (s < i && i - s <= 5) {
                String w = text.substring(s, i).toLowerCase();
                if (DE.contains(w)) de++;
                if (EN.contains(w)) en++;
            }
        }
        return en > de ? "en" : "de";
    }
}
