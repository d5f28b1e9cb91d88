package org.whosaid.analysis.engine.align;

/**
 * A light English suffix stripper (a small subset of Porter's rules): plural, -ed, -ing, -ly, -ation, -ment,
 * final -e. Only needs to map inflections of one word to one key; the same stemmer stems the English side of
 * the bilingual dictionary, so both meet.
 */
final class EnglishStemmer {
    private EnglishStemmer() {
    }

    /** The stem: inflections and derivational suffixes (-ly, -ation, -ment, -ness) stripped (agreements → agre). */
    static String stem(String lower) {
        return finish(derive(inflections(lower)));
    }

    /**
     * The word's dictionary key: inflections stripped, derivational suffixes kept, so that a derived word keeps its own
     * sense (invented: "the foundations" → foundation, "they found" → found, "presently" → presentli, "presented" →
     * present); equal to {@link #stem} for a word without a derivational suffix.
     */
    static String wordKey(String lower) {
        return finish(inflections(lower));
    }

    private static String inflections(String lower) {
        String w = lower;
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        if (w.length() <= 3) return w;
        if (w.endsWith("ies") && w.length() > 4) w = w.substring(0, w.length() - 3) + "y";
        else if (w.endsWith("sses")) w = w.substring(0, w.length() - 2);
        else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3)
            w = w.substring(0, w.length() - 1);
        boolean stripped = false;
        if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("eed")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
            stripped = true;
        } else if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
            stripped = true;
        }
        if (stripped && w.length() > 2) {
            char c = w.charAt(w.length() - 1);
            if (c == w.charAt(w.length() - 2) && c != 'l' && c != 's' && c != 'z' && !isVowel(c))
                w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String derive(String w) {
        if (w.length() <= 3) return w;
        if (w.endsWith("ly") && w.length() > 5) w = w.substring(0, w.length() - 2);
        if (w.endsWith("ational") && w.length() > 9) w = w.substring(0, w.length() - 7);
        else if (w.endsWith("ation") && w.length() > 7) w = w.substring(0, w.length() - 5);
        else if (w.endsWith("ment") && w.length() > 7) w = w.substring(0, w.length() - 4);
        else if (w.endsWith("ness") && w.length() > 6) w = w.substring(0, w.length() - 4);
        return w;
    }

    private static String finish(String w) {
        if (w.length() <= 3) return w;
        if (w.endsWith("e") && w.length() > 4) w = w.substring(0, w.length() - 1);
        if (w.endsWith("y") && w.length() > 4) w = w.substring(0, w.length() - 1) + "i";
        return w;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) if (isVowel(w.charAt(i))) return true;
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
