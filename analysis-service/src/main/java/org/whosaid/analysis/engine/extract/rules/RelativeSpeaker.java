package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;
import java.util.Set;

/**
 * A cue verb inside a relative clause has the relative pronoun as its subject: in "… der Reeder Ole Brandt, der der
 * Stadt vorwarf, die Mole verfallen zu lassen" the speaker span is "der" (the corpus convention), resolved like the
 * noun phrase it refers to. The relative clause opens after a comma with a nominative relative pronoun that is no
 * article (no noun follows it) and ends with the cue verb; the look-back from the verb is bounded.
 */
public final class RelativeSpeaker {
    static final boolean ON = !Boolean.getBoolean("whosaid.noRelativeSpeaker");
    private static final int WINDOW = 14;
    private static final Set<String> RELATIVE = Set.of("der", "die", "das", "welcher", "welche", "welches");

    private RelativeSpeaker() {}

    public static void apply(Document doc, Draft d) {
        Mention m = d.speaker;
        if (!ON || !doc.german() || m == null || d.cue.size() != 1 || m.kind == Mention.Kind.PRONOUN) return;
        if (!d.rule.equals("cue-then-content") && !d.rule.equals("cue-then-quote")) return;   // the cue clause's own subject
        List<Token> tk = doc.tokens;
        int v = doc.tokenAt(d.cue.get(0).start());
        if (v < 0 || tk.get(v).sentence != m.sentence) return;
        int r = -1;
        for (int k = v - 1; k > v - WINDOW && k > 0; k--) {
            Token t = tk.get(k);
            if (t.isAny(".", ";", ":", "„", "“", "\"")) return;
            if (t.is(",")) { r = k + 1; break; }
        }
        if (r < 0 || r >= v || !RELATIVE.contains(tk.get(r).text)) return;
        Token next = tk.get(r + 1);
        if (next.isCapitalized() && (next.isNoun() || next.isProperName() || !next.known)) return;   // ", die Reederei sagte"
        if (m.endToken != r - 1 || d.overlaps(tk.get(r).start, tk.get(r).end)) return;            // the antecedent before the comma
        if (v + 1 < tk.size() && !tk.get(v + 1).isAny(",", ".", ":")) return;                    // verb-final clause
        Mention w = new Mention(Mention.Kind.PRONOUN, r, r + 1, tk.get(r).start, tk.get(r).end, m.sentence, tk.get(r).text,
                m.role, m.qualifier);
        w.entity = m.entity;
        w.resolution = "relative pronoun→" + (m.entity != null ? m.entity.name : m.head);
        d.speaker = w;
    }
}
