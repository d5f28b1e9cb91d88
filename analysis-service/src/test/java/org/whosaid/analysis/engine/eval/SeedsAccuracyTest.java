package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seed articles through the engine, scored against seeds-gold.jsonl with the rule of corpus/README.md, at
 * the thresholds of issue 4 (recall 0.95, precision 0.90, speaker accuracy 0.95). The misses are printed.
 */
class SeedsAccuracyTest {
    static final double MIN_RECALL = 0.95, MIN_PRECISION = 0.90, MIN_SPEAKER_ACCURACY = 0.95;

    @Test
    void seedsMeetTheIssueThresholds() throws Exception {
        Path seeds = SharedCorpus.require("seeds");
        Path gold = SharedCorpus.require("seeds-gold.jsonl");
        SeedScorer.Result r = EvalMain.seeds(EngineUnderTest.get(), seeds, gold);
        System.out.println(r.report());
        assertTrue(r.recall() >= MIN_RECALL, "recall below " + MIN_RECALL + ": " + r.summary());
        assertTrue(r.precision() >= MIN_PRECISION, "precision below " + MIN_PRECISION + ": " + r.summary());
        assertTrue(r.speakerAccuracy() >= MIN_SPEAKER_ACCURACY,
                "speaker accuracy below " + MIN_SPEAKER_ACCURACY + ": " + r.summary());
    }
}
