package org.whosaid.analysis.engine.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Blocking keys: what a statement is stored under and looked up with, so that two renderings of one utterance share
 * a key and no comparison runs over all pairs. Signals: the speaker's entity and surname sound (±3 days), its longest
 * content terms (±7 days; English renderings also under the plainest German translations), names and a number (±3
 * days), a stance (±90 days). Each signal is time-bucketed ("sp:27364:w2924", two buckets so that days ≤ 3 apart
 * share one), and also stored timeless (":d") and asked for undated (":u"), so that an article without a date meets
 * dated ones. Thread-safe.
 */
final class CandidateKeys {
    static final int MAX_KEYS = 24;
    static final int MAX_KEY_LENGTH = 120;
    /** Content terms that become blocking keys: the longest ones (a frequency-free proxy for rare), at least this long. */
    static final int TERM_KEYS = 5;
    static final int LONG_TERM = 6;
    /** German keys an English rendering adds through the dictionary, and translations taken per English term. */
    static final int TRANSLATED_KEYS = 8;
    static final int TRANSLATIONS_PER_TERM = 2;

    private final Lexicon lexicon;
    private final BiFunction<StatementView, String, Stance> stance;

    CandidateKeys(Lexicon lexicon, BiFunction<StatementView, String, Stance> stance) {
        this.lexicon = lexicon;
        this.stance = stance;
    }


    /**
     * Keys stored in an index; two renderings of one utterance share at least one key when their speaker is
     * known on both sides (entity or surname sound, ±3 days), or they share a long content term (±7 days), a
     * name or a number with several digits (±3 days). Week buckets are emitted for day−3 and day+3 so that any
     * two days at most 3 apart share one; month buckets for day−7 and day+7 likewise.
     */
    Set<String> stored(StatementView s, Signature sig) {
        return keys(s, sig, true);
    }

    /**
     * The keys to look candidates up with: the stored keys of a dated statement, plus the undated form of each signal
     * ("base:u"), so that a dated rendering meets undated ones; an undated statement asks for both timeless forms.
     */
    Set<String> query(StatementView s, Signature sig) {
        return keys(s, sig, false);
    }

    /** The day a statement's keys are bucketed by, or null when neither the text nor the article dates it. */
    static LocalDate keyDay(StatementView s, Signature sig) {
        return sig.day() != null ? sig.day() : s.publishedAt() != null ? s.publishedAt().toLocalDate() : null;
    }

    private Set<String> keys(StatementView s, Signature sig, boolean stored) {
        LocalDate day = keyDay(s, sig);
        Map<String, String> bases = bases(s, sig);
        Set<String> keys = new LinkedHashSet<>();
        if (day == null) {
            for (String b : bases.keySet()) if (keys.size() < MAX_KEYS) keys.add(cut(b) + ":u");
            if (!stored) for (String b : bases.keySet()) if (keys.size() < 2 * MAX_KEYS) keys.add(cut(b) + ":d");
            return keys;
        }
        long d = day.toEpochDay();
        long[] weeks = {Math.floorDiv(d - 3, 7), Math.floorDiv(d + 3, 7)};
        long[] months = {Math.floorDiv(d - 7, 30), Math.floorDiv(d + 7, 30)};
        long[] halves = {Math.floorDiv(d - 90, 180), Math.floorDiv(d + 90, 180)};
        for (Map.Entry<String, String> e : bases.entrySet()) {
            long[] buckets = switch (e.getValue()) {
                case "w" -> weeks;
                case "m" -> months;
                default -> halves;
            };
            add(keys, e.getKey(), buckets, "w".equals(e.getValue()) ? "w" : "m");
        }
        // the timeless form: stored as ":d" (dated) so that undated statements find it, asked for as ":u"
        int cap = keys.size() + MAX_KEYS / 2;
        for (String b : bases.keySet()) if (keys.size() < cap) keys.add(cut(b) + (stored ? ":d" : ":u"));
        return keys;
    }

    private static String cut(String base) {
        return base.length() <= MAX_KEY_LENGTH - 10 ? base
                : base.substring(0, MAX_KEY_LENGTH - 34) + "~" + Integer.toHexString(base.hashCode());
    }

    /** Each key's signal ("sp:27364") and its time unit: w (±3 days), m (±7 days), h (±90 days). */
    private Map<String, String> bases(StatementView s, Signature sig) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        speakerBases(out, s);
        boolean english = "en".equals(Text.lang(s.language(), s.quote()));
        List<String> long_ = longTerms(sig, english);
        for (int i = 0; i < Math.min(TERM_KEYS, long_.size()); i++) out.put("t:" + long_.get(i), "m");
        if (english && lexicon.bilingualAvailable()) translatedTermBases(out, long_);
        nameBases(out, sig);
        numberBase(out, sig);
        stanceBase(out, s);
        return out;
    }

    /** The speaker's entity ("se:…") and the sound of its surname ("sp:27364"), both ±3 days. */
    private static void speakerBases(Map<String, String> out, StatementView s) {
        if (s.speakerEntityId() != null && !s.speakerEntityId().isBlank())
            out.put("se:" + s.speakerEntityId().trim(), "w");
        String sur = SpeakerNames.surname(s.speakerName());
        if (sur != null) out.put("sp:" + SpeakerNames.phonetic(sur), "w");
    }

    /**
     * The long content terms, longest first (then alphabetical): long terms as a proxy for rare ones (no corpus
     * frequencies are needed to compute keys). E.g. "faehrverbindung" comes before "anleger".
     */
    private static List<String> longTerms(Signature sig, boolean english) {
        List<String> long_ = new ArrayList<>();
        // English terms are stems ("strik", "offer"): one letter shorter than the German lemmas they meet
        for (String t : sig.terms()) {
            // a weekday or month is no rare word: it would take a key from the quote's own words
            if (t.length() >= (english ? LONG_TERM - 1 : LONG_TERM) && !Signatures.CALENDAR.containsValue(t)) long_.add(t);
        }
        long_.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return long_;
    }

    /**
     * English renderings also knock on the German term keys through the dictionary: per long English term its
     * likeliest German translations (cognates, then the shortest, at least five letters: "offer" → bieten, angebot).
     */
    private void translatedTermBases(Map<String, String> out, List<String> long_) {
        int extra = 0;
        for (int i = 0; i < Math.min(TERM_KEYS, long_.size()) && extra < TRANSLATED_KEYS; i++) {
            List<String> de = new ArrayList<>();
            for (String g : lexicon.germanFor(long_.get(i))) if (g.length() >= 5) de.add(g);
            String en = long_.get(i);
            // cognates first ("concret" → konkret, "figur" → figur), then the shortest
            de.sort(Comparator.comparing((String g) -> !cognate(en, g)).thenComparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder()));
            for (int j = 0; j < Math.min(TRANSLATIONS_PER_TERM, de.size()) && extra < TRANSLATED_KEYS; j++) {
                if (out.putIfAbsent("t:" + de.get(j), "m") == null) extra++;
            }
        }
    }

    /** The sound of the two longest names of four letters or more ("n:…", ±3 days). */
    private static void nameBases(Map<String, String> out, Signature sig) {
        TreeSet<String> names = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String n : sig.names()) if (n.length() >= 4) names.add(n);
        int k = 0;
        for (String n : names) {
            if (k++ == 2) break;
            out.put("n:" + SpeakerNames.phonetic(n), "w");
        }
    }

    /** The smallest number of three digits or more, as text ("d:1200", ±3 days). */
    private static void numberBase(Map<String, String> out, Signature sig) {
        String num = null;
        for (String n : sig.numbers()) if (n.length() >= 3 && (num == null || n.compareTo(num) < 0)) num = n;
        if (num != null) out.put("d:" + num, "w");
    }

    /**
     * The same position months later (or from another speaker): modality + specific verb over ±90 days ("st:…"); English
     * verbs knock on the German key through the dictionary.
     */
    private void stanceBase(Map<String, String> out, StatementView s) {
        Stance st = stance.apply(s, Text.lang(s.language(), s.quote()));
        if (st.modality() != null && !st.verbs().isEmpty()) {
            String v = st.verbs().get(0);
            if ("en".equals(Text.lang(s.language(), s.quote())) && lexicon.bilingualAvailable()) {
                v = germanVerb(v);
            }
            // bucket unit letter "m" (like the month keys) so that an index counting a key once across its time
            // buckets recognises it; the number is a 180-day bucket, distinct from month numbers by the "st:" base
            out.put("st:" + st.modality() + ":" + v, "h");
        }
    }

    /** The first German verb among at most four translations of an English verb, else the English verb itself. */
    private String germanVerb(String v) {
        List<String> de = lexicon.germanFor(v);
        if (de.size() <= 4) {
            for (String g : de) {
                if (GermanMorph.get().info(g).verb()) {
                    return g;
                }
            }
        }
        return v;
    }

    private static void add(Set<String> keys, String base, long[] buckets, String unit) {
        for (long b : buckets) {
            if (keys.size() >= MAX_KEYS) return;
            String k = base + ":" + unit + b;
            if (k.length() > MAX_KEY_LENGTH) k = base.substring(0, MAX_KEY_LENGTH - 24) + "~" + Integer.toHexString(base.hashCode()) + ":" + unit + b;
            keys.add(k);
        }
    }

    /** An English stem and a German word that share their first four letters once spelled alike (c/k, z/c). */
    static boolean cognate(String english, String german) {
        String e = english.replace('c', 'k').replace("ph", "f"), g = Text.fold(german).replace('z', 'k').replace('c', 'k');
        return e.length() >= 4 && g.length() >= 4 && e.regionMatches(0, g, 0, 4);
    }
}
