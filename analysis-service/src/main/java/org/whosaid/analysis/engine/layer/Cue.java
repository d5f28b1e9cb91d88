package org.whosaid.analysis.engine.layer;

import org.whosaid.analysis.engine.model.Medium;

/**
 * A speech cue found in a sentence: a speech verb (lemma from the lexicon, with a separable particle when it has one:
 * "fügte … hinzu" → hinzufügen) or a marker ("laut", "zufolge", "nach Angaben", "so", "wie … mitteilte", "hieß es",
 * "according to"). {@code token}/{@code endToken} cover the cue words; {@code particle} is the token index of a
 * separated particle or -1.
 */
public final class Cue {
    public enum Kind { VERB, LAUT, ZUFOLGE, NACH_ANGABEN, SO, WIE, HIESS_ES, DEMNACH, WONACH, ACCORDING_TO }

    public final Kind kind;
    public final int token;
    public final int endToken;
    public final int particle;
    public final String lemma;
    public final Medium medium;
    public final int sentence;
    /** verbs that also report an act without a clause ("forderte Druck auf …") */
    public final boolean act;

    public Cue(Kind kind, int token, int endToken, int particle, String lemma, Medium medium, int sentence, boolean act) {
        this.kind = kind;
        this.token = token;
        this.endToken = endToken;
        this.particle = particle;
        this.lemma = lemma;
        this.medium = medium;
        this.sentence = sentence;
        this.act = act;
    }

    @Override public String toString() { return kind + ":" + lemma + "@" + token; }
}
