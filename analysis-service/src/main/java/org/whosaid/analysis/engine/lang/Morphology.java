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

    public Morphology() {
        URL url = Morphology.class.getResource("/org/languagetool/resource/de/german.dict");
        if (url == null) throw new IllegalStateException("german-pos-dict not on the classpath");
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
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
        for (WordData wd : lookup.get().lookup(word)) {
            CharSequence tag = wd.getTag();
            if (tag != null && tag.toString().startsWith("SUB")) return true;
        }
        return false;
    }

    /** Fills lemma, tags and known for each word token (tries the form as written, then lower-cased). */
    public void annotate(List<Token> tokens) {
        DictionaryLookup dl = lookup.get();
        StringBuilder tags = new StringBuilder();
        for (Token t : tokens) {
            if (!t.isWord()) continue;
            tags.setLength(0);
            String lemma = null;
            lemma = collect(dl.lookup(t.text), tags, lemma, t);
            boolean initial = t.index == 0 || tokens.get(t.index - 1).isPunct()
                    || tokens.get(t.index - 1).sentence != t.sentence;
            if (tags.length() == 0 || (t.isCapitalized() && initial)) {
                String lower = t.text.toLowerCase(Locale.ROOT);
                if (!lower.equals(t.text)) {
                    String l2 = collect(dl.lookup(lower), tags, null, t);
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

    private static String collect(List<WordData> data, StringBuilder tags, String lemma, Token t) {
        String first = lemma;
        for (WordData wd : data) {
            CharSequence tag = wd.getTag();
            if (tag == null) continue;
            if (tags.length() > 0) tags.append('|');
            tags.append(tag);
            String stem = wd.getStem().toString();
            if (first == null) first = stem;
            if (t.verbLemma == null && tag.toString().startsWith("VER")) t.verbLemma = stem;
            else if (t.otherVerbLemma == null && tag.toString().startsWith("VER") && !stem.equals(t.verbLemma)) t.otherVerbLemma = stem;
        }
        return first;
    }
}
