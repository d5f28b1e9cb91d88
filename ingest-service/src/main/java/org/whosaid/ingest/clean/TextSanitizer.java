package org.whosaid.ingest.clean;

import java.text.Normalizer;

/**
 * Makes input text harmless and uniform: NFC, line endings, no-break and odd spaces to plain spaces,
 * zero-width and bidirectional control characters and other C0/C1 controls removed (they can hide or
 * reorder text on screen).
 */
public final class TextSanitizer {
    private TextSanitizer() {
    }

    /**
     * A one-line metadata value (title, outlet, author, alias…): the same cleaning as a body, and line breaks and
     * tabs become spaces (issue 15 finding 12: NUL and bidi overrides were kept in titles and outlets).
     */
    public static String sanitizeLine(String s) {
        if (s == null) {
            return null;
        }
        return sanitize(s).replace('\n', ' ').replace('\t', ' ').strip();
    }

    public static String sanitize(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\r') {
                if (i + 1 < n.length() && n.charAt(i + 1) == '\n') {
                    continue;
                }
                b.append('\n');
            } else if (c == '\n' || c == '\t') {
                b.append(c);
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000') {
                b.append(' ');
            } else if (isInvisibleControl(c)) {
                // dropped
            } else if (c == '\u2028' || c == '\u2029') {
                b.append('\n');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Zero-width, bidi embedding/override/isolate marks, BOM, soft hyphen and C0/C1 controls. */
    public static boolean isInvisibleControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069')
                || c == '\uFEFF' || c == '\u00AD' || c == '\u061C';
    }

    /** Longest line length in characters. */
    public static int longestLine(String s) {
        int max = 0;
        int cur = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                max = Math.max(max, cur);
                cur = 0;
            } else {
                cur++;
            }
        }
        return Math.max(max, cur);
    }
}
