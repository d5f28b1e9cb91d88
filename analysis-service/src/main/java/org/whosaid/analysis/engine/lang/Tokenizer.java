package org.whosaid.analysis.engine.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (letters with inner hyphens and apostrophes: "Kreml-Berater", "US-Präsident", "don't"),
 * numbers ("3,5", "2025", "10.000") and single punctuation characters. Whitespace (including non-breaking spaces) is
 * dropped. Offsets are Java String indices.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u200B' || c == '\u00AD') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '’' || d == '‑') && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (Character.isDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if (d == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                        i++; // "18-Jährige", "3-Punkte-Plan"
                        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) i++;
                    } else {
                        break;
                    }
                }
                if (isOrdinalDot(text, start, i)) i++;
            } else {
                i++;
            }
            out.add(new Token(out.size(), start, i, text.substring(start, i)));
        }
        return out;
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("januar", "februar", "märz", "april", "mai",
            "juni", "juli", "august", "september", "oktober", "november", "dezember", "jänner");

    /**
     * whether the '.' at {@code end} makes the number from {@code start} an ordinal: a day or rank of one or two digits
     * before a month or a lower-case word ("am 3. Mai", "zum 12. Oktober", "der 2. internationale Kongress"), so that
     * the dot is no sentence or clause end
     */
    static boolean isOrdinalDot(String text, int start, int end) {
        int n = text.length();
        if (end - start > 2 || end + 2 >= n || text.charAt(end) != '.' || text.charAt(end + 1) != ' ') return false;
        int w = end + 2;
        if (!Character.isLetter(text.charAt(w))) return false;
        if (Character.isLowerCase(text.charAt(w))) return true;
        int e = w;
        while (e < n && Character.isLetter(text.charAt(e))) e++;
        return MONTHS.contains(text.substring(w, e).toLowerCase(java.util.Locale.ROOT));
    }
}
