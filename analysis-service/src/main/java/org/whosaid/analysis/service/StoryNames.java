package org.whosaid.analysis.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A story's name from its articles' headlines: the words most of them share, in the order a headline uses them. */
final class StoryNames {
    private StoryNames() {
    }

    /** Function words never name a story (German and English). */
    private static final Set<String> STOP = Set.copyOf(List.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
            "einer", "und", "oder", "aber", "mit", "von", "für", "auf", "aus", "bei", "nach", "über", "unter", "vor", "zum",
            "zur", "im", "in", "am", "an", "ist", "sind", "wird", "werden", "hat", "haben", "nicht", "kein", "keine", "sich",
            "auch", "noch", "wie", "was", "wer", "soll", "sollen", "will", "the", "a", "an", "and", "or", "of", "to", "for",
            "on", "at", "by", "with", "from", "is", "are", "was", "were", "be", "has", "have", "not", "no", "it", "its",
            "as", "into", "says", "said", "sagt", "sagte", "new", "neue", "neuer", "live", "ticker", "news", "wieder", "again", "bis", "heute", "today", "jetzt", "now"));

    /** The name, or null when fewer than two headlines share a word (then the one headline, if there is exactly one). */
    static String fromHeadlines(List<String> titles) {
        List<String> ts = titles.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        if (ts.isEmpty()) {
            return null;
        }
        Map<String, Integer> headlinesWith = new HashMap<>();
        for (String t : ts) {
            words(t).keySet().forEach(w -> headlinesWith.merge(w, 1, Integer::sum));
        }
        int most = headlinesWith.values().stream().max(Integer::compare).orElse(0);
        if (ts.size() < 2 || most < 2) {
            return ts.size() == 1 ? ts.get(0) : null;
        }
        // the words in at least half as many headlines as the most shared one, as the headline using most of them has them
        int floor = Math.max(2, (most + 1) / 2);
        String best = null;
        List<String> bestWords = List.of();
        for (String t : ts) {
            List<String> shared = new ArrayList<>();
            words(t).forEach((fold, written) -> {
                if (headlinesWith.get(fold) >= floor) {
                    shared.add(written);
                }
            });
            if (shared.size() > bestWords.size()) {
                best = t;
                bestWords = shared;
            }
        }
        return best == null ? null : String.join(" ", bestWords.subList(0, Math.min(6, bestWords.size())));
    }

    /** The content words of a headline: folded form → the first spelling as written. */
    private static Map<String, String> words(String title) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : title.split("[^\\p{L}\\p{N}-]+")) {
            String f = w.toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && !STOP.contains(f) && !w.chars().allMatch(Character::isDigit)) {
                out.putIfAbsent(f, w);
            }
        }
        return out;
    }
}
