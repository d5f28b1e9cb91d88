package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.whosaid.analysis.engine.model.Span;

/**
 * Removes duplicate statements: of two drafts with the same content spans the one with the higher confidence stays
 * (the earlier one on a tie). Example: a quote found both by {@code cue-then-quote} (0.9) and {@code quote-then-cue}
 * (0.85) is kept once.
 */
public final class Dedupe {
    private Dedupe() {}

    /**
     * One pass with the best draft so far per content (a hash of the spans): a later draft with the same content and a
     * higher confidence replaces it, any other is dropped; the same drafts stay as with every pair compared (the
     * first of the highest confidence), in time linear in the drafts rather than quadratic (issue 15).
     */
    public static void apply(List<Draft> out) {
        Map<List<Span>, Draft> best = new HashMap<>();
        for (Draft d : out) {
            if (!d.keep) continue;
            Draft champion = best.get(d.quote);
            if (champion == null) best.put(d.quote, d);
            else if (d.confidence > champion.confidence) {
                champion.keep = false;
                best.put(d.quote, d);
            } else d.keep = false;
        }
        out.removeIf(d -> !d.keep);
    }
}
