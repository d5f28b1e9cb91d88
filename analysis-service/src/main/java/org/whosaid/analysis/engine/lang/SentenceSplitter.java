package org.whosaid.analysis.engine.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule-based sentence splitter for German and English news text.
 *
 * <p>Rules, in order: (1) a line break always ends a sentence (headlines, captions and paragraphs are lines);
 * (2) '.', '!', '?' or '…', optionally followed by closing quotes or brackets, end a sentence when whitespace and an
 * upper-case letter, digit or opening quote follow; (3) except after an abbreviation from
 * {@code engine/abbreviations.txt} ("Dr.", "z. B.", "Mr."), a single capital letter ("J. Smith"), or an ordinal
 * number followed by a month or lower-case word ("3. Oktober"). Lines are then marked as headlines (no final
 * punctuation) and as non-body after a page-furniture marker line ("Das könnte Sie auch interessieren",
 * "Zusammenfassung", "Read more") or when they are credits/captions ("Quelle: …", "(Foto: …)").
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;
    private final Set<String> furnitureMarkers;
    private static final Set<String> MONTHS = Set.of("januar", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember", "jänner");

    public SentenceSplitter(Set<String> abbreviations, Set<String> furnitureMarkers) {
        this.abbreviations = abbreviations;
        this.furnitureMarkers = furnitureMarkers;
    }

    /** the last sentence of a several-sentence line without a stop is body text (issue 13); -Dwhosaid.noCutOffLines=true: off */
    static final boolean CUT_OFF_LINES = !Boolean.getBoolean("whosaid.noCutOffLines");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int lineStart = 0;
        boolean afterFurniture = false;
        // an editorial summary ("Zusammenfassung", "Key points") covers its bullet lines only: the article resumes after
        boolean inSummary = false, summaryBullets = false;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            int s = skipSpace(text, lineStart, lineEnd);
            int e = trimEnd(text, s, lineEnd);
            if (s < e) {
                String line = text.substring(s, e);
                if (inSummary) {
                    if (isBullet(line)) summaryBullets = true;
                    else if (summaryBullets) { inSummary = false; afterFurniture = false; }
                }
                boolean marker = isFurnitureMarker(line);
                boolean credit = isCredit(line);
                int before = out.size();
                splitLine(text, s, e, paragraph, out);
                boolean headline = !endsLikeSentence(line) && !cutOffParagraph(text, e, line);
                for (int k = before; k < out.size(); k++) {
                    Sentence sen = out.get(k);
                    // a line of several sentences whose last one has no stop is body text cut off, not a headline
                    sen.headline = headline && k == out.size() - 1 && (k == before || !CUT_OFF_LINES);
                    sen.body = !afterFurniture && !marker && !credit;
                }
                if (marker) {
                    afterFurniture = true;
                    inSummary = SUMMARY_MARKERS.contains(TRAILING_COLON_OR_DOT.matcher(line.strip().toLowerCase(java.util.Locale.ROOT)).replaceAll(""));
                    summaryBullets = false;
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static final Set<String> SUMMARY_MARKERS = Set.of("zusammenfassung", "kurz zusammengefasst",
            "das wichtigste in kürze", "summary", "key points");

    private static boolean isBullet(String line) {
        char c = line.charAt(0);
        return c == '•' || c == '-' || c == '*' || c == '–' || c == '·' || c == '▪';
    }

    private void splitLine(String text, int s, int e, int paragraph, List<Sentence> out) {
        int sentStart = s;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') continue;
            int j = i + 1;
            while (j < e && isCloser(text.charAt(j))) j++;
            if (j >= e) break;
            if (!isSpace(text.charAt(j))) continue;
            int k = skipSpace(text, j, e);
            if (k >= e) break;
            char next = text.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next))) continue;
            if (c == '.' && !isBoundaryAfterPeriod(text, sentStart, i, k, e)) continue;
            out.add(new Sentence(out.size(), sentStart, j, paragraph));
            sentStart = k;
            i = k - 1;
        }
        if (sentStart < e) out.add(new Sentence(out.size(), sentStart, e, paragraph));
    }

    private boolean isBoundaryAfterPeriod(String text, int lineStart, int dot, int next, int end) {
        int w = dot;
        while (w > lineStart && !isSpace(text.charAt(w - 1)) && !isOpener(text.charAt(w - 1))
                && text.charAt(w - 1) != '(') w--;
        String word = text.substring(w, dot);
        if (word.isEmpty()) return true;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // initial
        if (abbreviations.contains(word) || abbreviations.contains(word.toLowerCase())) return false;
        if (word.chars().allMatch(Character::isDigit) && word.length() <= 2) {
            int ne = next;
            while (ne < end && Character.isLetter(text.charAt(ne))) ne++;
            String nextWord = text.substring(next, ne).toLowerCase();
            if (MONTHS.contains(nextWord)) return false;
        }
        if (word.contains(".") && word.length() <= 6 && !word.endsWith(".")) return false; // "u.a", "z.B"
        return true;
    }

    private boolean isFurnitureMarker(String line) {
        String l = TRAILING_STOPS.matcher(line.toLowerCase()).replaceAll("").trim();
        return furnitureMarkers.contains(l);
    }

    /** compiled once: isCredit and the furniture tests run for every line of every text */
    private static final Pattern VIDEO_TIMES = Pattern.compile("\\d\\d:\\d\\d / \\d\\d:\\d\\d");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(".*/(imago|dpa|AFP|Reuters|AP|picture alliance|Getty Images)$");
    private static final Pattern TRAILING_COLON_OR_DOT = Pattern.compile("[:.]$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[:.!]+$");

    private static boolean isCredit(String line) {
        String l = line.trim();
        return l.startsWith("Quelle:") || l.startsWith("Foto:") || l.startsWith("Bild:") || l.startsWith("(Foto")
                || endsWithPhotoCredit(l) || VIDEO_TIMES.matcher(l).matches()
                || l.indexOf('/') >= 0 && AGENCY_CREDIT.matcher(l).matches(); // the pattern cannot match without '/'
    }

    private static final String[] PHOTO_LABELS = {"Foto: ", "Bild: ", "Photo: ", "Image: "};

    /**
     * whether the line ends with a bracketed photo credit and only white space after it ("Die Brücke bei Nacht
     * (Foto: Jan Weber)"): the lines the pattern {@code .*\((Foto|Bild|Photo|Image): [^)]*\)\s*} matches, found in
     * one pass from the end instead of the pattern's retry of every "(" against the rest of the line (quadratic on
     * a long line of "(Foto: " without ")"). The credit is the last ")" and an "(" with a label after the ")" before
     * it; as the pattern's ".*" requires, no line terminator comes before that "(".
     */
    static boolean endsWithPhotoCredit(String l) {
        int end = l.length();
        while (end > 0 && isPatternSpace(l.charAt(end - 1))) end--;
        if (end == 0 || l.charAt(end - 1) != ')') return false;
        int close = end - 1;
        int previousClose = l.lastIndexOf(')', close - 1);
        int firstTerminator = 0;
        while (firstTerminator < close && !isLineTerminator(l.charAt(firstTerminator))) firstTerminator++;
        for (int p = Math.min(close, firstTerminator) - 1; p > previousClose; p--) {
            if (l.charAt(p) != '(') continue;
            for (String label : PHOTO_LABELS) {
                if (l.startsWith(label, p + 1)) return true; // a label holds no ')', so it ends before close
            }
        }
        return false;
    }

    /** the characters of the pattern class {@code \s} */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** the characters the pattern "." does not match */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * the text's last line, long and ending in a lower-case word without final punctuation, is a paragraph cut off by
     * the end of an excerpt ("… adding that work would continue in the coming"), not a headline: a headline is never
     * the last line of a text
     */
    static boolean cutOffParagraph(String text, int lineEnd, String line) {
        if (!blankFrom(text, lineEnd)) return false;
        String[] words = line.strip().split("\\s+");
        if (words.length < 12) return false;
        String last = words[words.length - 1];
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0));
    }

    /**
     * whether the text from {@code from} on is white space only, as {@code text.substring(from).isBlank()} but without
     * copying the rest of the text for every line (quadratic on a text of many short lines without a stop)
     */
    static boolean blankFrom(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == ':'
                || ((isCloser(last)) && line.length() > 1 && ".!?…".indexOf(line.charAt(line.length() - 2)) >= 0);
    }

    static boolean isSpace(char c) { return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F'; }
    static boolean isCloser(char c) { return c == '“' || c == '"' || c == '”' || c == '«' || c == '»' || c == '‘' || c == '’' || c == ')' || c == ']' || c == '\''; }
    static boolean isOpener(char c) { return c == '„' || c == '"' || c == '“' || c == '«' || c == '»' || c == '‚' || c == '(' || c == '\'' || c == '‘'; }
    private static int skipSpace(String t, int i, int e) { while (i < e && isSpace(t.charAt(i))) i++; return i; }
    private static int trimEnd(String t, int s, int e) { while (e > s && isSpace(t.charAt(e - 1))) e--; return e; }
}
