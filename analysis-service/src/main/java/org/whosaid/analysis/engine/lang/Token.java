package org.whosaid.analysis.engine.lang;

/**
 * One token of the text: a word, number or punctuation mark, with its character span (end exclusive), the index of
 * its sentence, and (German) its lemma and part-of-speech flags from the morphology dictionary.
 */
public final class Token {
    public final int index;
    public final int start;
    public final int end;
    public final String text;
    public int sentence;
    /** lemma from the dictionary, or the lower-cased text when unknown */
    public String lemma;
    /** raw dictionary tags joined by '|' (German), empty when the word is unknown */
    public String tags = "";
    /** lemma of the verb reading when the word can be a verb ("gesagt" → "sagen"), else null */
    public String verbLemma;
    /** a second verb reading, when the dictionary has one ("gelobt": geloben, and loben's participle) */
    public String otherVerbLemma;
    public boolean known;

    public Token(int index, int start, int end, String text) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.lemma = text.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isWord() { return Character.isLetter(text.charAt(0)); }
    public boolean isCapitalized() { return Character.isUpperCase(text.charAt(0)); }
    public boolean isPunct() { return !Character.isLetterOrDigit(text.charAt(0)); }
    public boolean is(String s) { return text.equals(s); }
    public boolean isAny(String... s) {
        for (String x : s) if (text.equals(x)) return true;
        return false;
    }
    public String lower() {
        if (lower == null) lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower;
    }

    /** the text lower-cased, made on the first {@link #lower()}: rules ask for it of the same token many times */
    private String lower;
    /** finite verb in Konjunktiv I (sei, habe, könne …) */
    public boolean isKonj1() { return tags.contains(":KJ1:") && !tags.contains("PA2") && onlyVerb(); }
    /** every reading is a verb reading (so "eine" — article or verb "einen" — is not) */
    public boolean onlyVerb() {
        if (onlyVerb == 0) {
            boolean v = !tags.isEmpty();
            int i = 0;
            while (v && i < tags.length()) {
                if (!tags.startsWith("VER", i) && !tags.startsWith("PA2", i)) v = false;
                int bar = tags.indexOf('|', i);
                i = bar < 0 ? tags.length() : bar + 1;
            }
            onlyVerb = (byte) (v ? 1 : 2);
        }
        return onlyVerb == 1;
    }

    private byte onlyVerb;
    /** caches for the speaker lexicon lookups (filled by speakers.TokenLookups): 0 = not computed */
    public byte roleState, institutionState;
    public String role;
    /**
     * a comma or bracket inside or closing a speaker phrase ("The mayor of Luensen, Hanna Vogt, said", "Eva Brandt (SPD)
     * sagte"; set by speakers.Appositions and speakers.Brackets): it does not end the clause
     */
    public boolean inSpeakerPhrase;
    /** a place name (city, country, region, water, mountain) per the dictionary */
    public boolean isPlace() {
        return tags.contains("EIG:") && (tags.contains(":STD") || tags.contains(":COU") || tags.contains(":GEB")
                || tags.contains(":GEO") || tags.contains(":WAT") || tags.contains(":MOU") || tags.contains(":LAN"))
                && !tags.contains(":VOR") && !tags.contains(":NAC");
    }
    public boolean isKonj2() { return tags.contains(":KJ2:") && onlyVerb(); }
    public boolean isVerb() { return tags.contains("VER:"); }
    public boolean isNoun() { return tags.contains("SUB:"); }
    public boolean isProperName() { return tags.contains("EIG:"); }
    public boolean isAdjective() { return tags.contains("ADJ:") || tags.contains("PA1:") || tags.contains("PA2:"); }

    @Override public String toString() { return text + "@" + start; }
}
