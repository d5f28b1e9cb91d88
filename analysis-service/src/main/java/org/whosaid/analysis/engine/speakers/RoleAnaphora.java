package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Entity;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.Sorted;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;

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
    /** offices one person holds (a head of state or government): such a role must match the person's known role */
    private static final Set<String> OFFICE = Set.of("president", "präsident", "chancellor", "kanzler", "prime minister",
            "premierminister", "premier", "staatschef", "regierungschef", "king", "könig", "pope", "papst");
    private static final Set<String> DEFINITE = Set.of("the", "der", "die", "this", "dieser", "diese");

    private RoleAnaphora() {}

    /** a person known only with other roles is not meant by an office ("the president"); other roles are loose */
    private static boolean compatibleRole(Entity e, String role) {
        if (e.roleKeys.isEmpty() || !OFFICE.contains(role)) return true;
        for (String k : e.roleKeys) if (k.startsWith(role + "|")) return true;
        return false;
    }

    /** the entity of the mention ending right before token {@code tok} (binary search: mentions are in text order) */
    private static Entity possessor(Document doc, int tok) {
        List<Mention> ms = doc.mentions;
        int lo = Sorted.firstAtOrAfter(ms, x -> x.token, tok);
        for (int i = lo - 1; i >= 0 && i >= lo - 2; i--) if (ms.get(i).endToken >= tok - 1 && ms.get(i).endToken <= tok) return ms.get(i).entity;
        return null;
    }

    public static Entity resolve(Document doc, Mention m, Draft d, List<Draft> earlier) {
        if (m.kind != Mention.Kind.ROLE || m.entity != null || m.role == null) return null;
        // definite: an article or demonstrative, or a possessor ("Putin's aide"), who is then not the one meant
        Entity possessor = null;
        if (!DEFINITE.contains(doc.tokens.get(m.token).lower())) {
            if (m.token == 0) return null;
            String prev = doc.tokens.get(m.token - 1).text;
            if (!(prev.endsWith("'s") || prev.endsWith("’s") || prev.equals("'s") || prev.equals("’s"))) return null;
            possessor = possessor(doc, m.token);
        }
        String last = doc.tokens.get(m.endToken - 1).lower();
        if (!doc.german() && last.endsWith("s") && !m.role.endsWith("s")) return null;
        if (doc.german() && doc.tokens.get(m.token).lower().equals("die") && !m.femaleRole) return null; // plural "die Diplomaten"
        for (int k = earlier.size() - 1, seen = 0; k >= 0 && seen < MAX_LOOK; k--, seen++) {
            Draft e = earlier.get(k);
            if (d.sentence - e.sentence > WINDOW) break;
            Entity cand = e.speaker != null ? e.speaker.entity : null;
            if (cand == null && e.speakerFrom != null && e.speakerFrom.speaker != null) cand = e.speakerFrom.speaker.entity;
            if (cand == null || !cand.kind.equals("PERSON") || cand == possessor) continue;
            if (!compatibleRole(cand, m.role)) continue; // "the president" is not the secretary of state who spoke
            if (m.femaleRole && Boolean.FALSE.equals(cand.female)) continue;
            if (!m.femaleRole && doc.german() && Boolean.TRUE.equals(cand.female)) continue;
            return cand;
        }
        return null;
    }
}
