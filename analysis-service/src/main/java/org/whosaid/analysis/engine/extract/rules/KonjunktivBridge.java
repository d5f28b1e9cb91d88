package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.layer.Mention;

/**
 * A Konjunktiv sentence may continue a statement across one plain narrating sentence about the same speaker:
 * "„…“, erklärte die Ministerin. Zu Einzelheiten wollte sie sich nicht äußern. Manche Fragen seien noch offen." The
 * sentence in between names no other person, role or institution as its subject (a pronoun or the speaker's own
 * name is fine, or no subject-like mention at all) and has no quotation of its own; only that one sentence is looked
 * at (bounded).
 */
final class KonjunktivBridge {
    private KonjunktivBridge() {}

    /**
     * a sentence between that names nobody who could speak (no mention outside a prepositional phrase, no place as
     * subject: "In 400 Autos wurde Feuer gelegt.") bridges too (fifth recall round)
     */
    static final boolean NO_SUBJECT = !Boolean.getBoolean("whosaid.noBridgeWithoutSubject");

    static boolean sameSpeakerBetween(Document doc, Sentence between, Draft prev) {
        if (!between.body || between.headline || between.tokenCount() > 40) return false;
        Mention sp = root(prev);
        boolean pronoun = false, subject = false;
        for (Mention m : SentenceMentions.starting(doc, between.firstToken, between.endToken)) {
            if (m.governed || m.kind == Mention.Kind.PLACE) continue;
            subject = true;
            if (m.kind == Mention.Kind.PRONOUN) {
                if (m.head.equalsIgnoreCase("er") || m.head.equalsIgnoreCase("sie")) pronoun = true;
                continue;
            }
            if (sp != null && sp.entity != null && sp.entity == m.entity) { pronoun = true; continue; }
            if (sp != null && sp.head.equals(m.head)) { pronoun = true; continue; }
            return false;
        }
        if (!pronoun && !(NO_SUBJECT && !subject)) return false;
        for (int i = between.firstToken; i < between.endToken; i++)
            if (doc.quoteAround(doc.tokens.get(i).start) != null) return false;
        return true;
    }

    private static Mention root(Draft d) {
        for (int hops = 0; d != null && hops < 8; hops++) {
            if (d.speaker != null) return d.speaker;
            d = d.speakerFrom;
        }
        return null;
    }
}
