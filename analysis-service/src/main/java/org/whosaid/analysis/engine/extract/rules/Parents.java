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
 * Statements reported inside another statement get it as parent: the shortest longer statement around them with a
 * different cue. Example: "Uschakow sagte, Putin habe erklärt, er sei bereit." — Putin's statement is reported inside
 * Uschakow's.
 */
public final class Parents {
    private Parents() {}

    public static void apply(List<Draft> out) {
        for (Draft inner : out) {
            if (inner.parent != null || inner.rule.equals("nested-quote")) continue;
            Draft best = null;
            for (Draft outer : out) {
                if (outer == inner || outer.quote.isEmpty()) continue;
                if (outer.start() <= inner.start() && inner.end() <= outer.end() && (outer.end() - outer.start()) > (inner.end() - inner.start())
                        && !outer.cue.isEmpty() && !inner.cue.isEmpty() && !outer.cue.get(0).equals(inner.cue.get(0))) {
                    if (best == null || best.end() - best.start() > outer.end() - outer.start()) best = outer;
                }
            }
            if (best != null) {
                inner.parent = best;
                inner.evidence.add("reported inside another statement");
            }
        }
    }
}
