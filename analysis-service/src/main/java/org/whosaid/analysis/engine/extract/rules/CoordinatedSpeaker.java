package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

/**
 * Two speakers joined by "und"/"and"/"sowie" ("Die Gesandten X und Y sagten, …"): the speaker phrase covers both names,
 * as a reader quotes it; the resolved person stays the first one (one speaker per statement), and the evidence names
 * the second. Looks only at the mention right after the conjunction.
 */
public final class CoordinatedSpeaker {
    private CoordinatedSpeaker() {}

    public static void widen(Document doc, Draft d) {
        Mention m = d.speaker;
        if (m == null || m.kind != Mention.Kind.NAME || m.endToken + 1 >= doc.tokens.size()) return;
        List<Token> tk = doc.tokens;
        Token conj = tk.get(m.endToken);
        if (!conj.isAny("und", "and", "sowie") || tk.get(m.endToken + 1).sentence != m.sentence) return;
        Mention second = null;
        for (Mention o : SentenceMentions.starting(doc, m.endToken + 1, m.endToken + 2)) second = o;
        if (second == null || second.kind != Mention.Kind.NAME || second.sentence != m.sentence) return;
        if (d.overlaps(second.start, second.end)) return;
        Mention w = new Mention(m.kind, m.token, second.endToken, m.start, second.end, m.sentence, m.head, m.role, m.qualifier);
        w.entity = m.entity;
        w.roleText = m.roleText;
        w.femaleRole = m.femaleRole;
        w.governed = m.governed;
        w.resolution = m.resolution;
        d.speaker = w;
        d.evidence.add("speaker phrase coordinates two names; the second is " + second.head);
    }
}
