package org.whosaid.analysis.engine.align;

/**
 * Thresholds of the aligner.
 *
 * @param sameThreshold    minimum score for SAME (speaker and occasion must also be compatible)
 * @param relatedThreshold minimum content score for RELATED
 * @param maxDaysApart     two renderings whose utterance days are further apart are never SAME
 * @param maxCandidates    how many candidates a caller should fetch by blocking key at most
 */
public record AlignConfig(double sameThreshold, double relatedThreshold, int maxDaysApart, int maxCandidates) {
    public static AlignConfig defaults() {
        return new AlignConfig(0.45, 0.35, 3, 500);
    }
}
