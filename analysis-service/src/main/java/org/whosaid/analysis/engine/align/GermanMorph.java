package org.whosaid.analysis.engine.align;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import morfologik.stemming.WordData;
import org.whosaid.analysis.engine.lang.Morphology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * German lemmas and word classes as alignment needs them, read from the engine's {@link Morphology} (german-pos-dict,
 * the dictionary extraction uses), and compound parts from jwordsplitter.
 * Loaded once per JVM; results are cached (bounded) because news vocabulary repeats a lot.
 */
final class GermanMorph {
    /** What the dictionary knows of one surface form. lemma is lower case; parts = compound part lemmas. */
    record Info(String lemma, boolean known, boolean noun, boolean verb, boolean properName, boolean firstName,
            boolean place, List<String> parts) {
    }

    private static final int CACHE_MAX = 200_000;
    private static volatile GermanMorph instance;

    private final Morphology morphology;
    private final GermanWordSplitter splitter;
    private final ConcurrentHashMap<String, Info> cache = new ConcurrentHashMap<>();
    private final String status;

    private GermanMorph() {
        Morphology m = null;
        GermanWordSplitter sp = null;
        String st;
        try {
            m = Morphology.shared();
            sp = new GermanWordSplitter(true);
            sp.setStrictMode(true);
            st = "on";
        } catch (Exception e) {
            st = "off: " + e.getMessage();
        }
        morphology = m;
        splitter = sp;
        status = st;
    }

    static GermanMorph get() {
        GermanMorph m = instance;
        if (m == null) {
            synchronized (GermanMorph.class) {
                m = instance;
                if (m == null) instance = m = new GermanMorph();
            }
        }
        return m;
    }

    String status() {
        return status;
    }

    Info info(String surface) {
        Info i = cache.get(surface);
        if (i != null) return i;
        i = compute(surface);
        if (cache.size() > CACHE_MAX) cache.clear();
        cache.put(surface, i);
        return i;
    }

    /** Reads the dictionary entries of a surface form, then splits an unknown long word into compound parts. */
    private Info compute(String surface) {
        boolean capital = Character.isUpperCase(surface.charAt(0));
        List<WordData> found = lookup(surface, capital);
        Readings r = new Readings(surface, capital);
        for (WordData w : found) r.add(w);
        String lemma = r.lemma();
        boolean known = !found.isEmpty();
        String lower = (lemma == null ? surface : lemma).toLowerCase(Locale.GERMAN);
        // split only words the dictionary does not know (new compounds: Uferdörfer, Lohnplus); known compounds
        // keep their meaning (Staudamm is no Stau)
        List<String> parts = splitter != null && surface.length() >= 8 && !known ? parts(surface, lemma) : List.of();
        boolean noun = r.noun || (!known && parts.size() > 1);
        return new Info(lower, known, noun, r.verb, r.proper, r.first, r.place, parts);
    }

    /** The dictionary entries of a surface form, else of the form with its first letter's case flipped. */
    private List<WordData> lookup(String surface, boolean capital) {
        List<WordData> found = morphology == null ? List.of() : morphology.lookup(surface);
        if (found.isEmpty() && morphology != null) {
            String alt = capital ? surface.toLowerCase(Locale.GERMAN)
                    : Character.toUpperCase(surface.charAt(0)) + surface.substring(1);
            found = morphology.lookup(alt);
        }
        return found;
    }

    /**
     * The lemmas of a compound's parts of four letters or more (jwordsplitter, strict), each read as a capitalised
     * word ("Uferdörfer" → ufer, dorf); empty when the word does not split.
     */
    private List<String> parts(String surface, String lemma) {
        try {
            List<String> split;
            synchronized (splitter) {
                split = splitter.splitWord(lemma == null ? surface : lemma);
            }
            if (split.size() <= 1) return List.of();
            List<String> ps = new ArrayList<>(split.size());
            for (String p : split) {
                if (p.length() < 4) continue;
                String cap = Character.toUpperCase(p.charAt(0)) + p.substring(1);
                ps.add(cap.length() < surface.length() ? info(cap).lemma() : p.toLowerCase(Locale.GERMAN));
            }
            return List.copyOf(ps);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The word classes of one surface form's dictionary entries, and the lemma of the entry that fits its case best:
     * a capitalised word is rather a noun or name, a lower-case one rather a verb or adjective.
     */
    private static final class Readings {
        private final String surface;
        private final boolean capital;
        boolean noun, verb, proper, first, place;
        private String lemma;
        private int bestRank = Integer.MAX_VALUE;
        private boolean adjectiveItself;

        Readings(String surface, boolean capital) {
            this.surface = surface;
            this.capital = capital;
        }

        /** Reads one entry: its word class flags, and its lemma when it ranks better than those read so far. */
        void add(WordData w) {
            String tag = w.getTag() == null ? "" : w.getTag().toString();
            String stem = w.getStem() == null ? surface : w.getStem().toString();
            if (tag.startsWith("ADJ") && stem.equalsIgnoreCase(surface)) adjectiveItself = true;
            int rank = rank(tag);
            if (rank < bestRank) {
                bestRank = rank;
                lemma = stem;
            }
        }

        /** Sets the flags of a tag and returns how well it fits the case of the surface (0 best). */
        private int rank(String tag) {
            if (tag.startsWith("EIG")) {
                proper = true;
                if (tag.contains(":VOR")) first = true;
                if (tag.contains(":STD") || tag.contains(":COU") || tag.contains(":GEO") || tag.contains(":LAN")) place = true;
                return capital ? 1 : 5;
            } else if (tag.startsWith("SUB")) {
                noun = true;
                return (capital ? 0 : 4) + (tag.contains(":INF") ? 2 : 0);
            } else if (tag.startsWith("VER")) {
                verb = true;
                return (capital ? 3 : 0) + (tag.startsWith("VER:IMP") ? 2 : 0);
            } else if (tag.startsWith("PA2") || tag.startsWith("PA1")) {
                verb = true;
                return capital ? 3 : 1;
            } else if (tag.startsWith("ADJ")) {
                return capital ? 3 : 1;
            }
            return 6;
        }

        /**
         * The best-ranked entry's lemma, null without entries; a lower-case word that is an adjective in its base form
         * is that adjective, not an odd verb form ("bereit" is ready, not a form of bereiten: prepare).
         */
        String lemma() {
            return adjectiveItself && !capital ? surface : lemma;
        }
    }

}
