package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How much two renderings say in the same words: terms matched exactly, as German synonyms (OpenThesaurus, half a
 * match) or across German and English (trans-de-en), with a split compound and its parts counted once. Thread-safe.
 */
final class ContentScore {
    /** True when the term is one of the signature's names (Moskau, washington; English stems: ukrain ~ ukraine). */
    static boolean isName(String term, Signature s) {
        if (s.names().isEmpty()) return false;
        if (s.names().contains(term)) return true;
        for (String n : s.names()) if (n.length() > term.length() && n.length() - term.length() <= 2 && n.startsWith(term)) return true;
        return false;
    }

    private final Lexicon lexicon;

    ContentScore(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The words two renderings share.
     *
     * @param matched terms matched (a synonym counts half)
     * @param sizeA   terms of the first rendering (a split compound counted once)
     * @param sizeB   terms of the second
     * @param content the content score in [0, 1]
     */
    record Match(double matched, int sizeA, int sizeB, double content) {
        int smaller() {
            return Math.min(sizeA, sizeB);
        }
    }

    /**
     * Content similarity in [0,1]: terms matched exactly, as German synonyms (OpenThesaurus) or across German and
     * English (trans-de-en); the mean of the overlap coefficient and Dice, halved when fewer than two terms match.
     * Appends one evidence line when ev is not null.
     */
    Match match(String la, Signature sa, String lb, Signature sb, List<String> ev) {
        return match(la, sa, lb, sb, ev, null, null);
    }

    /**
     * As {@link #match(String, Signature, String, Signature, List)}, and collects the terms of each side that found a
     * partner on the other (exactly, as a synonym or as a translation) into {@code hitA} and {@code hitB} when they
     * are not null.
     */
    Match match(String la, Signature sa, String lb, Signature sb, List<String> ev, Set<String> hitA, Set<String> hitB) {
        List<String> shown = new ArrayList<>(6);
        int na = sa.terms().size(), nb = sb.terms().size();
        Counted c = la.equals(lb) ? sameLanguage(la, sa, sb, na, nb, shown, ev, hitA, hitB)
                : acrossLanguages(la, sa, sb, na, nb, shown, ev, hitA, hitB);
        double matched = c.matched();
        na = c.na();
        nb = c.nb();
        double content = 0;
        if (na > 0 && nb > 0) {
            // overlap coefficient with one pseudo-term: short statements need more evidence
            double ov = matched / (Math.min(na, nb) + 1.0);
            double dice = 2 * matched / (na + nb);
            // a short rendering inside a longer one (a partial quote, a headline) is judged by the overlap alone
            content = Math.max(ov, 0.5 * ov + 0.5 * dice);
            if (matched < 2) content *= 0.5;
        }
        return new Match(matched, na, nb, content);
    }

    /** matched words (synonyms and shared names counting half) and the sizes in word units of both sides */
    private record Counted(double matched, int na, int nb) {
    }

    /** One language: exact terms, German thesaurus synonyms (half), a compound with its own parts once. */
    private Counted sameLanguage(String la, Signature sa, Signature sb, int na, int nb, List<String> shown, List<String> ev,
                                 Set<String> hitA, Set<String> hitB) {
        // the same pair scores the same from both sides: equal sizes are ordered by their words
        boolean aSmall = na < nb || (na == nb && order(sa.terms()).compareTo(order(sb.terms())) <= 0);
        Set<String> small = aSmall ? sa.terms() : sb.terms();
        Set<String> large = aSmall ? sb.terms() : sa.terms();
        Set<String> hitSmall = aSmall ? hitA : hitB, hitLarge = aSmall ? hitB : hitA;
        int syn = 0, nameHalf = 0;
        int[][] largeSyn = null;
        String[] largeArr = null;
        List<String> exact = null;
        for (String t : small) {
            if (large.contains(t)) {
                if (isName(t, sa) && isName(t, sb)) nameHalf++;
                if (exact == null) exact = new ArrayList<>(8);
                exact.add(t);
                if (hitSmall != null) hitSmall.add(t);
                if (hitLarge != null) hitLarge.add(t);
                if (shown.size() < 6) shown.add(t);
            } else if ("de".equals(la) && t.length() >= 4 && lexicon.synonymsAvailable()) {
                int[] x = lexicon.synsetIds(t);
                if (x == null) continue;
                if (largeSyn == null) {
                    largeArr = large.toArray(new String[0]);
                    largeSyn = synsets(largeArr);
                }
                int i = synonymIndex(x, largeSyn);
                if (i < 0) continue;
                syn++;
                if (hitSmall != null) hitSmall.add(t);
                if (hitLarge != null) hitLarge.add(largeArr[i]);
                if (shown.size() < 6) shown.add(t + "~" + largeArr[i]);
            }
        }
        return sameLanguageTotal(la, sa, sb, na, nb, exact, syn, nameHalf, shown, ev);
    }

    /** The thesaurus synsets of each word of four letters or more; null for shorter words and words not listed. */
    private int[][] synsets(String[] words) {
        int[][] out = new int[words.length][];
        for (int i = 0; i < words.length; i++) out[i] = words[i].length() >= 4 ? lexicon.synsetIds(words[i]) : null;
        return out;
    }

    /** The first word whose synsets share one with {@code x}, or -1. */
    private static int synonymIndex(int[] x, int[][] synsets) {
        for (int i = 0; i < synsets.length; i++) if (synsets[i] != null && Lexicon.intersects(x, synsets[i])) return i;
        return -1;
    }

    /**
     * What one language matched: the exact terms with a compound and its own parts once, a synonym and a shared name
     * half each; German sizes count a split compound once when anything matched. Appends the evidence line when ev is
     * not null.
     */
    private static Counted sameLanguageTotal(String la, Signature sa, Signature sb, int na, int nb, List<String> exact,
                                             int syn, int nameHalf, List<String> shown, List<String> ev) {
        int m = exact == null ? 0 : exact.size();
        // a compound matched together with its own parts is one word, not three (Staudamm = stau + damm)
        if (exact != null && exact.size() > 1) m -= partsOfOthers(exact);
        if ("de".equals(la) && m + syn > 0) {
            na = units(sa.terms());
            nb = units(sb.terms());
        }
        // thesaurus synsets are loose: a synonym counts half; so does a shared place or person name (the topic, not the words)
        double matched = Math.min(m - 0.5 * nameHalf + 0.5 * syn, Math.min(na, nb));
        if (ev != null) ev.add("terms " + Aligner.fmt(matched) + "/" + Math.min(na, nb) + (syn > 0 ? " (" + syn + " synonyms)" : "") + ": " + String.join(", ", shown));
        return new Counted(matched, na, nb);
    }

    /** German and English: dictionary translations, words of dictionary phrases (half), a translation's synonym (half). */
    private Counted acrossLanguages(String la, Signature sa, Signature sb, int na, int nb, List<String> shown, List<String> ev,
                                    Set<String> hitA, Set<String> hitB) {
        boolean enFirst = "en".equals(la);
        CrossLanguage x = enFirst ? new CrossLanguage(lexicon, sa, sb, hitA, hitB, shown)
                : new CrossLanguage(lexicon, sb, sa, hitB, hitA, shown);
        double me = x.englishMatched();
        double md = x.germanMatched();
        if (md > 0) {
            if (enFirst) nb = units(sb.terms());
            else na = units(sa.terms());
        }
        // each word pairs once: two English words on one German word ("point", "item" = Punkt) are one match, not one
        // and a half, and so is one English word on two German ones
        double matched = Math.min(Math.min(me, md), Math.min(na, nb));
        if (ev != null) ev.add("terms de-en " + Aligner.fmt(matched) + "/" + Math.min(na, nb)
                + (lexicon.bilingualAvailable() ? "" : " (no bilingual dictionary)") + ": " + String.join(", ", shown));
        return new Counted(matched, na, nb);
    }

    /**
     * One comparison of an English with a German rendering: the English terms with their dictionary translations, the
     * German terms with their word ids and dictionary phrases, and which German terms found a partner. Counts the
     * matches from each side; appends what it matched to the shown list. For one call, on one thread.
     */
    private static final class CrossLanguage {
        private final Lexicon lexicon;
        private final Signature enSig, deSig;
        private final Set<String> hitEn, hitDe;
        private final List<String> shown;
        private final String[] es, gs;
        private final int[][] et;
        private final int[] gid;
        private final String[][] gph;
        private final boolean[] gMatched, gWord;

        CrossLanguage(Lexicon lexicon, Signature enSig, Signature deSig, Set<String> hitEn, Set<String> hitDe,
                      List<String> shown) {
            this.lexicon = lexicon;
            this.enSig = enSig;
            this.deSig = deSig;
            this.hitEn = hitEn;
            this.hitDe = hitDe;
            this.shown = shown;
            es = enSig.terms().toArray(new String[0]);
            gs = deSig.terms().toArray(new String[0]);
            et = new int[es.length][];
            Set<String> derived = derivedTerms(enSig);
            for (int i = 0; i < es.length; i++) et[i] = lexicon.translationIds(es[i], derived != null && !derived.contains(es[i]));
            gid = new int[gs.length];
            gph = new String[gs.length][];
            for (int j = 0; j < gs.length; j++) {
                gid[j] = lexicon.germanId(gs[j]);
                gph[j] = lexicon.phraseStems(gs[j]);
            }
            gMatched = new boolean[gs.length];
            gWord = new boolean[gs.length];
        }

        /** English terms matched: a word that translates a German word counts 1; a phrase word, a name or a synonym half. */
        double englishMatched() {
            double me = 0;
            for (int i = 0; i < es.length; i++) {
                int hit = translationHit(i);
                if (hit == 0 && es[i].length() >= 4) hit = synonymHit(i);
                if (hit == 2) me++;
                else if (hit == 1) me += 0.5;
            }
            return me;
        }

        /**
         * How English term i matches German terms through the dictionary: 2 = a word translates the word, 1 = only a
         * word of a dictionary phrase or a name on both sides, 0 = none. Marks every German partner.
         */
        private int translationHit(int i) {
            int hit = 0;
            for (int j = 0; j < gs.length; j++) {
                boolean same = es[i].equals(gs[j]);
                boolean word = same || (et[i] != null && gid[j] >= 0 && Arrays.binarySearch(et[i], gid[j]) >= 0);
                if (word && isName(es[i], enSig) && isName(gs[j], deSig)) {
                    // a place or person named on both sides (Moskau = Moscow) is the topic: half a translation
                    if (hit == 0 && shown.size() < 6) shown.add(es[i] + "≈" + gs[j]);
                    hit = Math.max(hit, 1);
                    pair(i, j);
                    continue;
                }
                if (word || (gph[j] != null && contains(gph[j], es[i]))) {
                    if (hit == 0 && shown.size() < 6) shown.add(es[i] + (word ? "=" : "≈") + gs[j]);
                    hit = Math.max(hit, word ? 2 : 1);
                    pair(i, j);
                    if (word) gWord[j] = true;
                }
            }
            return hit;
        }

        /**
         * English term i without a translation: a translation's German synonym (confident → zuversichtlich ~
         * optimistisch) counts half; 1 with the first such German partner marked, else 0.
         */
        private int synonymHit(int i) {
            int[] ts = lexicon.translationSynsets(es[i]);
            if (ts == null) return 0;
            for (int j = 0; j < gs.length; j++) {
                if (gs[j].length() < 4) continue;
                int[] y = lexicon.synsetIds(gs[j]);
                if (y != null && Lexicon.intersects(ts, y)) {
                    if (shown.size() < 6) shown.add(es[i] + "≈" + gs[j]);
                    pair(i, j);
                    return 1;
                }
            }
            return 0;
        }

        /** German terms matched: 1 for a translated word, half for a word of a phrase, a compound with its parts once. */
        double germanMatched() {
            double md = 0;
            List<String> gm = null;
            for (int j = 0; j < gs.length; j++) {
                if (!gMatched[j]) continue;
                md += gWord[j] ? 1 : 0.5; // a word of a phrase ("before long" for "bald") is half a translation
                if (gm == null) gm = new ArrayList<>(8);
                gm.add(gs[j]);
            }
            if (gm != null && gm.size() > 1) md -= partsOfOthers(gm);
            return md;
        }

        /** German term j found English term i as partner: marks it, and records both terms as hits when asked. */
        private void pair(int i, int j) {
            gMatched[j] = true;
            if (hitEn != null) hitEn.add(es[i]);
            if (hitDe != null) hitDe.add(gs[j]);
        }
    }

    /**
     * The terms of an English signature that a derived word stands for ("found" for "the foundations"; see
     * {@link Signature#wordKeys}), or null when not recorded.
     */
    static Set<String> derivedTerms(Signature en) {
        if (en.wordKeys() == null) return null;
        Set<String> out = new java.util.HashSet<>();
        for (String e : en.wordKeys()) {
            int at = e.indexOf(Signature.KEY_SEPARATOR);
            if (at > 0 && !e.substring(at + 1).equals(e.substring(0, at))) out.add(e.substring(0, at));
        }
        return out;
    }

    /** How many of the words are contained in a longer one of them (compound parts next to their compound). */
    static int partsOfOthers(java.util.Collection<String> words) {
        int n = 0;
        for (String t : words) {
            for (String u : words) {
                if (u.length() > t.length() + 2 && u.contains(t)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Number of words counted once per compound: terms minus the compound parts listed next to their compound. */
    static int units(Set<String> terms) {
        int n = terms.size();
        if (n < 2) return n;
        // compounds that were split are long (≥ 8 letters); most quotes have few, so look only at those
        String[] longs = null;
        int nl = 0;
        for (String u : terms) {
            if (u.length() < 8) continue;
            if (longs == null) longs = new String[n];
            longs[nl++] = u;
        }
        if (nl == 0) return n;
        int parts = 0;
        for (String t : terms) {
            if (t.length() < 4) continue;
            for (int i = 0; i < nl; i++) {
                if (longs[i].length() > t.length() + 2 && longs[i].contains(t)) {
                    parts++;
                    break;
                }
            }
        }
        return Math.max(1, n - parts);
    }


    private static boolean contains(String[] a, String x) {
        for (String s : a) if (s.equals(x)) return true;
        return false;
    }

    private static String order(Set<String> terms) {
        return String.join(" ", new java.util.TreeSet<>(terms));
    }
}
