package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.Document;
import org.whosaid.analysis.engine.extract.Draft;

import java.util.List;
import java.util.Set;

/**
 * A definite role noun as speaker that names nobody ("the official said", "der Diplomat sagte") refers back, like a
 * pronoun, to the person who spoke last: the speaker of a statement at most {@link #WINDOW} sentences before, when
 * gender agrees (a feminine role noun never takes a man, a masculine German one never a woman). Plural roles ("the
 * officials") and indefinite ones ("an official") refer to nobody in particular and stay unresolved.
 */
public final class RoleAnaphora {
    static final int WINDOW = 3;
    /** the earlier statements looked at, newest first */
    static final int MAX_LOOK = 8;
    private static final Set<String> DEFINITE = Set.of("the", "der", "die", "this", "dieser", "diese");

    private RoleAnaphora() {}

    public static Entity resolve(Document doc, Mention m, Draft d, List<Draft> earlier) {
        if (m.kind != Mention.Kind.ROLE || m.entity != null || m.role == null) return null;
        if (!DEFINITE.contains(doc.tokens.get(m.token).lower())) return null;
        String last = doc.tokens.get(m.endToken - 1).lower();
        if (!doc.german() && last.endsWith("s") && !m.role.endsWith("s")) return null;
        if (doc.german() && doc.tokens.get(m.token).lower().equals("die") && !m.femaleRole) return null; // plural "die Diplomaten"
        for (int k = earlier.size() - 1, seen = 0; k >= 0 && seen < MAX_LOOK; k--, seen++) {
            Draft e = earlier.get(k);
            if (d.sentence - e.sentence > WINDOW) break;
            Entity cand = e.speaker != null ? e.speaker.entity : null;
            if (cand == null && e.speakerFrom != null && e.speakerFrom.speaker != null) cand = e.speakerFrom.speaker.entity;
            if (cand == null || !cand.kind.equals("PERSON")) continue;
            if (m.femaleRole && Boolean.FALSE.equals(cand.female)) continue;
            if (!m.femaleRole && doc.german() && Boolean.TRUE.equals(cand.female)) continue;
            return cand;
        }
        return null;
    }
}
