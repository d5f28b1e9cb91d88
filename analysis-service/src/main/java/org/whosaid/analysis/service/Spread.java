package org.whosaid.analysis.service;

import org.whosaid.analysis.store.StatementEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a statement spread: its renderings in order of publication (undated ones last), each with what changed against
 * the renderings before it. Kinds: {@code first} (the earliest rendering), {@code same_wording} (at least
 * {@link #SAME_WORDING} of the words of an earlier rendering: a wire copy or near-verbatim; {@code statementId} and
 * {@code outlet} name it), {@code translation} (the first rendering in another language, {@code from} → {@code to}),
 * {@code form} (direct → indirect …, against the rendering just before) and {@code speaker} (another speaker than the
 * first rendering's).
 *
 * <p>Example: AFP 09:12 direct [first]; dpa 09:40 [same_wording AFP]; Tagesblatt 11:05 [form direct → indirect];
 * Ledger 12:30 [translation de → en].
 */
final class Spread {
    /** Share of words two renderings have in common from which one repeats the other's wording. */
    static final double SAME_WORDING = 0.9;

    private Spread() {
    }

    /** The changes of each rendering, by statement id, in the order of the spread. */
    static Map<String, List<ReadViews.SpreadChange>> of(List<StatementEntity> members) {
        List<StatementEntity> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((StatementEntity s) -> s.publishedAt == null)
                .thenComparing(s -> s.publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.outlet == null ? "" : s.outlet).thenComparing(s -> s.id));
        Map<String, List<ReadViews.SpreadChange>> out = new LinkedHashMap<>();
        Map<String, String> seenLanguage = new HashMap<>();
        List<List<String>> words = new ArrayList<>(sorted.size());
        for (StatementEntity s : sorted) words.add(words(s.quoteText));
        for (int i = 0; i < sorted.size(); i++) {
            StatementEntity s = sorted.get(i);
            List<ReadViews.SpreadChange> changes = new ArrayList<>(3);
            if (i == 0) changes.add(new ReadViews.SpreadChange("first", null, null, null, null));
            for (int j = 0; j < i; j++) {
                if (shared(words.get(j), words.get(i)) >= SAME_WORDING) {
                    StatementEntity e = sorted.get(j);
                    changes.add(new ReadViews.SpreadChange("same_wording", null, null, e.id, e.outlet));
                    break;
                }
            }
            String lang = s.language == null ? "" : s.language;
            String firstLang = sorted.get(0).language;
            if (i > 0 && !lang.isEmpty() && !seenLanguage.containsKey(lang) && firstLang != null) {
                changes.add(new ReadViews.SpreadChange("translation", firstLang, lang, null, null));
            }
            if (!lang.isEmpty()) seenLanguage.putIfAbsent(lang, s.id);
            StatementEntity before = i > 0 ? sorted.get(i - 1) : null;
            if (before != null && before.form != null && s.form != null && !before.form.equals(s.form)) {
                changes.add(new ReadViews.SpreadChange("form", before.form, s.form, null, null));
            }
            String firstSpeaker = sorted.get(0).speakerName;
            if (i > 0 && s.speakerName != null && !s.speakerName.isBlank() && firstSpeaker != null && !firstSpeaker.isBlank()
                    && !s.speakerName.equalsIgnoreCase(firstSpeaker)) {
                changes.add(new ReadViews.SpreadChange("speaker", firstSpeaker, s.speakerName, null, null));
            }
            out.put(s.id, List.copyOf(changes));
        }
        return out;
    }

    /** Share of the longer rendering's words that the other has (case and punctuation ignored). */
    static double shared(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) return 0;
        Map<String, Integer> count = new HashMap<>();
        for (String w : x) count.merge(w, 1, Integer::sum);
        int common = 0;
        for (String w : y) {
            Integer c = count.get(w);
            if (c != null && c > 0) {
                common++;
                count.put(w, c - 1);
            }
        }
        return (double) common / Math.max(x.size(), y.size());
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
