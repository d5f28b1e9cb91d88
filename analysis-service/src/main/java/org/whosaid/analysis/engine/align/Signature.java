package org.whosaid.analysis.engine.align;

import java.time.LocalDate;
import java.util.Set;

/**
 * Language-normalised features of one statement.
 *
 * @param terms        content lemmas (German: morfologik lemma + compound parts; English: stems), lower case
 * @param names        proper names in quote and context, folded (lower case, no diacritics)
 * @param numbers      normalised numbers ("1000", "3.5")
 * @param day          the utterance's own day when the context gives it ("am Dienstag", "gestern"), else the publication day; may be null
 * @param negated      the quote contains a negation
 * @param embedding    optional sentence embedding of the quote (unit length), null when no embedding model is configured
 * @param negatedTerms the terms in the clause of a negation ("Ein Kompromiss wurde nicht gefunden" → kompromiss,
 *                     finden); empty when the quote has none. A signature stored before negations had a scope
 *                     (null here) counts every term as negated when {@code negated} is set.
 * @param wordKeys     English only: the dictionary keys of the words behind a term that a derived word stands for, as
 *                     "term&gt;key" ("found&gt;foundation" for "the foundations", "found&gt;found" when "found" is said
 *                     too; see {@link EnglishStemmer#wordKey}); empty when no term comes from a derived word; null when
 *                     not recorded (German, or stored before), and then the term itself is the key.
 */
public record Signature(Set<String> terms, Set<String> names, Set<String> numbers, LocalDate day, boolean negated,
        float[] embedding, Set<String> negatedTerms, Set<String> wordKeys) {
    public Signature {
        terms = ordered(terms);
        names = ordered(names);
        numbers = ordered(numbers);
        negatedTerms = !negated ? Set.of() : negatedTerms == null ? terms : ordered(negatedTerms);
        wordKeys = wordKeys == null ? null : ordered(wordKeys);
    }

    /**
     * An unmodifiable copy that iterates in sorted order. {@code Set.copyOf} iterates in an order that changes from one
     * JVM start to the next, and the comparison walks these sets (the words it shows as evidence, the synonym it
     * pairs first): sorted, two runs over the same articles give the same evidence text.
     */
    private static Set<String> ordered(Set<String> words) {
        if (words == null || words.isEmpty()) return Set.of();
        String[] sorted = words.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.Arrays.asList(sorted)));
    }

    /** Separates a term from its word key in {@link #wordKeys}. */
    public static final char KEY_SEPARATOR = '>';

    /** A signature without recorded word keys. */
    public Signature(Set<String> terms, Set<String> names, Set<String> numbers, LocalDate day, boolean negated,
            float[] embedding, Set<String> negatedTerms) {
        this(terms, names, numbers, day, negated, embedding, negatedTerms, null);
    }

    /** A signature whose negation, if any, covers the whole quote. */
    public Signature(Set<String> terms, Set<String> names, Set<String> numbers, LocalDate day, boolean negated,
            float[] embedding) {
        this(terms, names, numbers, day, negated, embedding, null, null);
    }

    /** A signature without embedding. */
    public Signature(Set<String> terms, Set<String> names, Set<String> numbers, LocalDate day, boolean negated) {
        this(terms, names, numbers, day, negated, null, null, null);
    }
}
