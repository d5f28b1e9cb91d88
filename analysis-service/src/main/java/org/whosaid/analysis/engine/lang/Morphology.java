package org.whosaid.analysis.engine.lang;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;

/**
 * German lemmas and part-of-speech tags from LanguageTool's german-pos-dict (morfologik FSA, CC BY-SA). Tags look like
 * {@code VER:3:SIN:KJ1:NON} (finite verb, Konjunktiv I), {@code SUB:NOM:SIN:MAS} (noun), {@code EIG:…:VOR} (first name).
 * Thread-safe: one {@link DictionaryLookup} per thread over a shared dictionary.
 */
public final class Morphology {
    private static volatile Morphology shared;
    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;
    /** the readings of the word forms met recently: most words of a text are look-ups made before */
    private final BoundedMemo<String, Readings> readings;
    private static final int READINGS_REMEMBERED = 20_000;

    public Morphology() {
        URL url = Morphology.class.getResource("/org/languagetool/resource/de/german.dict");
        if (url == null) throw new IllegalStateException("german-pos-dict not on the classpath");
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        readings = new BoundedMemo<>(READINGS_REMEMBERED, w -> Readings.of(lookup.get().lookup(w)));
    }

    /** The one instance of this JVM: the extraction pipeline and alignment share the dictionary (about 20 MB). */
    public static Morphology shared() {
        Morphology m = shared;
        if (m == null) {
            synchronized (Morphology.class) {
                m = shared;
                if (m == null) shared = m = new Morphology();
            }
        }
        return m;
    }

    /** The dictionary's readings of a word form as written (lemma and tag each), copied: safe to keep. */
    public List<WordData> lookup(String word) {
        List<WordData> found = lookup.get().lookup(word);
        if (found.isEmpty()) return List.of();
        List<WordData> out = new java.util.ArrayList<>(found.size());
        for (WordData w : found) out.add(w.clone());
        return out;
    }

    /** true when the dictionary knows the word as a common noun ("Treffen", "Format") */
    public boolean isKnownNoun(String word) {
        return readings.get(word).noun();
    }

    /** Fills lemma, tags and known for each word token (tries the form as written, then lower-cased). */
    public void annotate(List<Token> tokens) {
        StringBuilder tags = new StringBuilder();
        for (Token t : tokens) {
            if (!t.isWord()) continue;
            tags.setLength(0);
            String lemma = collect(readings.get(t.text), tags, t);
            boolean initial = t.index == 0 || tokens.get(t.index - 1).isPunct()
                    || tokens.get(t.index - 1).sentence != t.sentence;
            if (tags.length() == 0 || (t.isCapitalized() && initial)) {
                String lower = t.text.toLowerCase(Locale.ROOT);
                if (!lower.equals(t.text)) {
                    String l2 = collect(readings.get(lower), tags, t);
                    if (lemma == null) lemma = l2;
                }
            }
            if (tags.length() > 0) {
                t.known = true;
                t.tags = tags.toString();
                if (lemma != null) t.lemma = lemma;
            }
        }
    }

    /** appends the form's tags, fills the token's verb lemmas; the lemma of its first reading, null when unknown */
    private static String collect(Readings r, StringBuilder tags, Token t) {
        if (r.tags().isEmpty()) return null;
        if (tags.length() > 0) tags.append('|');
        tags.append(r.tags());
        for (String stem : r.verbStems()) {
            if (t.verbLemma == null) t.verbLemma = stem;
            else if (t.otherVerbLemma == null && !stem.equals(t.verbLemma)) t.otherVerbLemma = stem;
        }
        return r.firstStem();
    }
}
