package org.whosaid.analysis.engine.align;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms a negation speaks about: every content term in the clause of a negation word, at most
 * {@link #WINDOW} words before or after it. Clauses end at a comma, a stop, a colon, a dash or a bracket and at a
 * conjunction ({@link Text#CLAUSE_WORDS}). "Nicht nur" / "not only" / "not just" is no negation.
 *
 * <p>Example: "Die Gespräche waren sehr nützlich, aber einen Kompromiss gibt es nicht" → {kompromiss}; "nützlich" is
 * not negated, so a rendering that only says the talks were useful does not differ from it in polarity.
 */
final class NegationScope {
    /** Words on either side of the negation that it can still cover. */
    static final int WINDOW = 6;
    private static final Set<String> NOT_A_NEGATION_AFTER = Set.of("nur", "only", "just");

    private NegationScope() {
    }

    /**
     * The negated terms (with their compound parts) of a token list from {@link Text#tokens}; empty when none. A term
     * the rendering also says outside every negation is not negated: "we did not open the depot, but opened the
     * gate" negates neither open nor, as a whole, the rendering's other words (invented example).
     */
    static Set<String> terms(List<Text.Tok> toks) {
        Set<String> out = null;
        boolean[] covered = null;
        for (int i = 0; i < toks.size(); i++) {
            Text.Tok t = toks.get(i);
            if (!t.negation()) continue;
            if (i + 1 < toks.size() && toks.get(i + 1).clause() == t.clause()
                    && NOT_A_NEGATION_AFTER.contains(toks.get(i + 1).surface().toLowerCase(Locale.ROOT))) continue;
            int from = Math.max(0, i - WINDOW), to = Math.min(toks.size() - 1, i + WINDOW);
            for (int j = from; j <= to; j++) {
                Text.Tok u = toks.get(j);
                if (u.clause() != t.clause() || u.term() == null) continue;
                if (out == null) {
                    out = new HashSet<>();
                    covered = new boolean[toks.size()];
                }
                covered[j] = true;
                out.add(u.term());
                out.addAll(u.parts());
            }
        }
        if (out == null) return Set.of();
        // the same word said without a negation elsewhere in the rendering: not negated
        for (int j = 0; j < toks.size(); j++) {
            Text.Tok u = toks.get(j);
            if (!covered[j] && u.term() != null && !u.negation()) out.remove(u.term());
        }
        return out.isEmpty() ? Set.of() : out;
    }

    /** Whether the negation of a rendering covers one of the words it shares with the other rendering. */
    /**
     * Light verbs ("sees no progress" / "sieht keine Lösung"): negated on both sides they say nothing of the content,
     * so they do not make a negation agree (a shared negated noun or adjective does). Stems as {@link Text} makes them.
     */
    private static final Set<String> LIGHT_VERBS = Set.of("see", "sehen", "have", "hav", "haben", "be", "sein", "werden",
            "give", "giv", "geben", "make", "mak", "machen", "go", "gehen", "come", "com", "kommen", "do", "tun", "get",
            "bekommen", "take", "tak", "nehmen", "let", "lassen");

    /** Whether a negation covers a shared word that is not a light verb ({@link #LIGHT_VERBS}). */
    static boolean coversContent(Set<String> negated, Set<String> shared) {
        return covers(negated, shared, LIGHT_VERBS);
    }

    static boolean covers(Set<String> negated, Set<String> shared) {
        return covers(negated, shared, Set.of());
    }

    /** Whether a negation covers a shared word outside {@code ignored}. */
    private static boolean covers(Set<String> negated, Set<String> shared, Set<String> ignored) {
        if (negated.isEmpty() || shared == null || shared.isEmpty()) return false;
        for (String s : shared) if (negated.contains(s) && !ignored.contains(s)) return true;
        return false;
    }
}
