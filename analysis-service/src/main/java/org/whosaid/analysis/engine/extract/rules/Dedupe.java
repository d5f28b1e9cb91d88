package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Draft;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * Removes duplicate statements: of two drafts with the same content spans the one with the higher confidence stays
 * (the earlier one on a tie). Example: a quote found both by {@code cue-then-quote} (0.9) and {@code quote-then-cue}
 * (0.85) is kept once.
 */
public final class Dedupe {
    private Dedupe() {}

    public static void apply(List<Draft> out) {
        for (int i = 0; i < out.size(); i++) {
            Draft a = out.get(i);
            if (!a.keep) continue;
            for (int j = i + 1; j < out.size(); j++) {
                Draft b = out.get(j);
                if (!b.keep) continue;
                if (a.quote.equals(b.quote)) {
                    if (b.confidence > a.confidence) { a.keep = false; break; } else b.keep = false;
                }
            }
        }
        out.removeIf(d -> !d.keep);
    }
}
