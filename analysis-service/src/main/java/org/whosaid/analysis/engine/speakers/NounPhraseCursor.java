package org.whosaid.analysis.engine.speakers;

/**
 * The noun phrase {@link GermanMentions} or {@link EnglishMentions} is reading from one token: where it starts, the
 * token after a determiner ("der Präsident" / "the minister": the noun; without one the same), how far the steps have
 * read, and the role nouns with role and qualifier. Each scan step reads on from {@link #k}.
 */
final class NounPhraseCursor {
    final int start;
    final int afterDet;
    /** the next token to read */
    int k;
    int roleStart;
    int roleEnd;
    String role;
    String qualifier;

    NounPhraseCursor(int start, int afterDet) {
        this.start = start;
        this.afterDet = afterDet;
        this.k = afterDet;
    }
}
