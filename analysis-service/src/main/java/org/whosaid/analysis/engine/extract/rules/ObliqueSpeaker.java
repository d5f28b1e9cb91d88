package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.Set;

/**
 * A plain noun phrase that opens with a dative, accusative or genitive article ("den Wert des Hafens", "einer hohen
 * Sturmgefahr") cannot be the subject of a cue clause, so it is no speaker of the statements whose speaker is that
 * subject: the subject fallback skips it ({@link #opensOblique}) and reads the subject after the verb, and a noun phrase
 * that still came through is dropped. Only unresolved noun phrases are dropped; named entities stay.
 */
public final class ObliqueSpeaker {
    static final boolean ON = !Boolean.getBoolean("whosaid.noObliqueSpeaker");

    private static final Set<String> SUBJECT_RULES = Set.of("reported-frame", "speech-act", "cue-then-content",
            "content-then-cue", "cue-then-quote");
    private static final Set<String> OBLIQUE = Set.of("den", "dem", "einem", "einen", "einer", "des", "eines");

    private ObliqueSpeaker() {}

    /**
     * "Den Wert des Hafens beziffert die Reederei auf …", "Des Weiteren verwies Brandt darauf": a fronted phrase in an
     * oblique case is no subject; the subject fallback reads on after the verb
     */
    static boolean opensOblique(Document doc, int k) {
        return ON && doc.german() && OBLIQUE.contains(doc.tokens.get(k).lower());
    }

    public static void apply(Document doc, Draft d) {
        Mention m = d.speaker;
        if (!ON || m == null || !doc.german() || m.kind != Mention.Kind.GROUP || m.entity != null) return;
        if (!SUBJECT_RULES.contains(d.rule) || m.resolution == null || !m.resolution.startsWith("noun phrase")) return;
        if (!OBLIQUE.contains(doc.tokens.get(m.token).lower()) || m.endToken - m.token < 2) return;
        d.speaker = null;
        d.evidence.add("speaker dropped: a noun phrase in an oblique case is no subject");
    }
}
