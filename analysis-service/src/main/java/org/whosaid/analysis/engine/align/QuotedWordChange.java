package org.whosaid.analysis.engine.align;

import java.util.List;
import java.util.regex.Pattern;

import org.whosaid.analysis.engine.registry.Names;

/**
 * A key word changed inside one direct quote: two Direct renderings in one language whose quotes agree word for word
 * except one replaced word, a name or a noun (capitalised, not at a sentence start), and the two words are not one
 * word spelled, transliterated or inflected differently. Example (invented): „Der neue Deich wird im Mai fertig“ and
 * „Der neue Damm wird im Mai fertig“ differ in Deich / Damm; „Deich“ / „Deiches“ (inflection) and „Wolodymyr“ /
 * „Volodymyr“ (transliteration) do not. Numbers are the number facts' ({@link ConflictFinder#facts}) and are not
 * repeated here. Plain functions, thread-safe.
 */
public final class QuotedWordChange {
    /** The change: the words around it in the first quote ("neue … wird") and the two words. */
    public record Change(String around, String first, String second) {
        /** The conflict subject the service stores, as the web UI reads it. */
        public String subject() {
            return SUBJECT + around;
        }
    }

    /** The subject prefix of such a conflict (the web UI translates it). */
    public static final String SUBJECT = "word in the quote: ";
    /** Fewest words of the shorter quote: a short quote that differs in one word is another remark as often as not. */
    static final int MIN_WORDS = 6;
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private QuotedWordChange() {
    }

    /** The one key word the two quotes differ in, or null when they differ otherwise (or not at all). */
    public static Change between(StatementView a, StatementView b) {
        if (a == null || b == null || !"Direct".equalsIgnoreCase(a.form()) || !"Direct".equalsIgnoreCase(b.form())
                || a.quote() == null || b.quote() == null) {
            return null;
        }
        if (!Text.lang(a.language(), a.quote()).equals(Text.lang(b.language(), b.quote()))) return null;
        List<DiffOp> ops = WordDiff.diff(a.quote(), b.quote());
        int changed = -1;
        for (int i = 0; i < ops.size(); i++) {
            String kind = ops.get(i).kind();
            if (kind.equals("equal")) continue;
            if (!kind.equals("replace") || changed >= 0) return null; // one replaced word, nothing added or left out
            changed = i;
        }
        if (changed < 0) return null;
        DiffOp op = ops.get(changed);
        String x = bare(op.reference()), y = bare(op.other());
        if (x.contains(" ") || y.contains(" ") || x.isEmpty() || y.isEmpty()) return null;
        if (Math.min(words(a.quote()), words(b.quote())) < MIN_WORDS) return null;
        String before = changed > 0 ? ops.get(changed - 1).reference() : "";
        String after = changed + 1 < ops.size() ? ops.get(changed + 1).reference() : "";
        if (!keyWord(x, before) || !keyWord(y, before) || sameWord(x, y) || factsSayIt(x, y, after)) return null;
        return new Change(around(before, after), x, y);
    }

    /** A name or noun: capitalised, no digit, not the first word of the quote or of a sentence in it. */
    private static boolean keyWord(String w, String before) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || DIGIT.matcher(w).find()) return false;
        String prev = before.strip();
        return !prev.isEmpty() && !prev.endsWith(".") && !prev.endsWith("!") && !prev.endsWith("?") && !prev.endsWith(":");
    }

    /**
     * What the facts of {@link ConflictFinder} already report: a month or weekday ("Mai" / "Juni"), or a first name
     * before a surname ("Jurij" / "Andrij" Hnatow: the word after it is capitalised too).
     */
    private static boolean factsSayIt(String x, String y, String after) {
        if (ConflictFinder.monthsIn(x) != null || ConflictFinder.monthsIn(y) != null
                || ConflictFinder.weekdaysIn(x) != null || ConflictFinder.weekdaysIn(y) != null) {
            return true;
        }
        String next = bare(after.strip().split("\\s+")[0]);
        return !next.isEmpty() && Character.isUpperCase(next.charAt(0));
    }

    /** One word written two ways: the same letters folded or transliterated, an inflected form, a small spelling slip. */
    static boolean sameWord(String x, String y) {
        String fx = Text.fold(x), fy = Text.fold(y);
        if (fx.equals(fy) || Names.translit(x).equals(Names.translit(y))) return true;
        String shorter = fx.length() <= fy.length() ? fx : fy, longer = fx.length() <= fy.length() ? fy : fx;
        if (longer.startsWith(shorter) && longer.length() - shorter.length() <= 3) return true; // Deich / Deiches
        int len = Math.min(fx.length(), fy.length());
        return len >= 5 && Names.levenshtein(Names.translit(x), Names.translit(y)) <= (len >= 8 ? 2 : 1);
    }

    private static String bare(String w) {
        return EDGE_PUNCT.matcher(w.strip()).replaceAll("");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** Up to three words before and after the change: „der neue … wird im Mai“. */
    private static String around(String before, String after) {
        String[] b = before.isBlank() ? new String[0] : before.strip().split("\\s+");
        String[] a = after.isBlank() ? new String[0] : after.strip().split("\\s+");
        String left = String.join(" ", List.of(b).subList(Math.max(0, b.length - 3), b.length));
        String right = String.join(" ", List.of(a).subList(0, Math.min(3, a.length)));
        return "„" + (left.isEmpty() ? "" : left + " ") + "…" + (right.isEmpty() ? "" : " " + right) + "“";
    }
}
