package org.whosaid.analysis.engine.align;

/**
 * Thresholds of the aligner.
 *
 * @param sameThreshold    minimum score for SAME (speaker and occasion must also be compatible)
 * @param relatedThreshold minimum content score for RELATED
 * @param maxDaysApart     two renderings whose utterance days are further apart are never SAME
 * @param maxCandidates    how many candidates a caller should fetch by blocking key at most
 * @param alsoThreshold    least mean weight for a rendering to appear also in a second cluster ({@link AlsoRenders})
 */
public record AlignConfig(double sameThreshold, double relatedThreshold, int maxDaysApart, int maxCandidates,
        double alsoThreshold) {

    /** The default weight a rendering needs to appear also in a second cluster. */
    public static final double ALSO_THRESHOLD = 0.55;

    public AlignConfig(double sameThreshold, double relatedThreshold, int maxDaysApart, int maxCandidates) {
        this(sameThreshold, relatedThreshold, maxDaysApart, maxCandidates, ALSO_THRESHOLD);
    }

    public static AlignConfig defaults() {
        return new AlignConfig(0.45, 0.35, 3, 500, ALSO_THRESHOLD);
    }
}
