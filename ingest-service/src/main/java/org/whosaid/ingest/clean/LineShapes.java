package org.whosaid.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of one line that the cleaning rules ask about: does it end a sentence, is it running prose, an image file
 * name, how many of its words start with a capital. E.g. "Die Fähre nach Kleinwasserburg fährt ab Mai wieder zweimal
 * am Tag." is prose (ten words or more, a sentence end), "faehre-am-anleger-im-mai.jpg" is an image file name.
 */
final class LineShapes {

    static final String SENTENCE_END = "[.!?…\"“”»«'’)\\]:]";
    /** The characters of {@link #SENTENCE_END}; a line ends a sentence when its last character is one of them. */
    private static final String SENTENCE_END_CHARS = ".!?…\"“”»«'’)]:";
    /** Closing marks that may follow the final punctuation of prose. */
    private static final String CLOSERS = "\"“”»«'’)";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The extension of an image file name; the slug before it is checked by {@link #imageSlug} (no regex loop). */
    private static final Pattern IMAGE_EXT = Pattern.compile("\\.(jpe?g|png|webp|gif)$");

    private LineShapes() {
    }

    /**
     * Ends in . ! ? … or : followed by closing marks only: what {@code (?s).*[.!?…:]["“”»«'’)]*$} matched, without the
     * leading {@code .*}, which made every search over a long line quadratic (issue 15 finding 3).
     */
    static boolean proseEnd(String l) {
        int i = l.length();
        while (i > 0 && CLOSERS.indexOf(l.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…:".indexOf(l.charAt(i - 1)) >= 0;
    }

    /**
     * An image file name: five or more runs of letters or digits joined by single hyphens, optionally ending in .jpg,
     * .jpeg, .png, .webp or .gif. The same as {@code ^[\p{L}\d]+(-[\p{L}\d]+){4,}(\.(jpe?g|png|webp|gif))?$}, whose
     * group repetition recursed once per word in java.util.regex and overflowed the stack on a line of ≈ 5,000 words.
     */
    static boolean imageSlug(String l) {
        Matcher ext = IMAGE_EXT.matcher(l);
        int end = ext.find() ? ext.start() : l.length();
        int parts = 1;
        boolean afterHyphen = true;
        for (int i = 0; i < end; ) {
            int c = l.codePointAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                parts++;
                afterHyphen = true;
            } else if (Character.isLetter(c) || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
            i += Character.charCount(c);
        }
        return !afterHyphen && parts >= 5;
    }

    /** A paragraph of running text: ten words or more, ending a sentence (a closing quote needs punctuation before it). */
    static boolean isProse(String l) {
        return SPACES.split(l).length >= 10 && proseEnd(l);
    }

    static boolean endsSentence(String l) {
        return !l.isEmpty() && SENTENCE_END_CHARS.indexOf(l.charAt(l.length() - 1)) >= 0;
    }

    static double capitalisedShare(String l) {
        String[] w = l.split("\\s+");
        int cap = 0;
        for (String x : w) {
            if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
                cap++;
            }
        }
        return (double) cap / w.length;
    }

    /**
     * Whether the line holds five pieces of three or more letters in a row (what the former pattern
     * {@code .*\p{L}{3,}.*…} five times matched, including several pieces inside one long word), counted in one
     * pass: the pattern backtracked polynomially on long runs.
     */
    static boolean fiveWords(String l) {
        int pieces = 0, run = 0;
        for (int i = 0; i < l.length(); ) {
            int c = l.codePointAt(i);
            if (Character.isLetter(c)) run++;
            else {
                pieces += run / 3;
                run = 0;
            }
            i += Character.charCount(c);
        }
        return pieces + run / 3 >= 5;
    }
}
