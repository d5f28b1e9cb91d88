package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * {@code stance-dass}: a stance stated with a noun or an adjective instead of a speech verb, followed by a dass-clause
 * in any mood: "Die Reederei ist der Meinung, dass die Gebühren zu hoch sind.", "Hafenmeisterin Ella Varga ist
 * zuversichtlich, dass die Fähre im Mai fährt.", "Der Ausschuss kam zu dem Schluss, dass …", "Sie rechnet damit,
 * dass …", "Er gab zu bedenken, dass …". The dass-clause is an indirect statement of the main clause's subject; the
 * stance word is the cue, the main clause the frame. Only when no other rule has taken the clause.
 */
public final class StanceDass {
    public static final String RULE = "stance-dass";
    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noStanceDass");

    /** nouns of "der Meinung sein", "zu dem Schluss kommen", "die Hoffnung haben" … (lower case) */
    static final Set<String> NOUNS = Set.of("meinung", "ansicht", "auffassung", "überzeugung", "schluss", "schluß",
            "eindruck", "standpunkt", "hoffnung", "befürchtung", "sorge", "zuversicht");
    /** adjectives of "ist zuversichtlich, dass …", "war sich sicher, dass …" */
    static final Set<String> ADJECTIVES = Set.of("zuversichtlich", "überzeugt", "sicher", "optimistisch",
            "pessimistisch", "skeptisch", "besorgt", "bewusst", "gewiss", "zufrieden", "enttäuscht", "erleichtert");
    /** the main clause may be at most this many tokens long */
    static final int WINDOW = 16;

    /** "ist zuversichtlich, die Schweden schlagen zu können": the stance may take a zu-infinitive (issue 13) */
    static final boolean INFINITIVE = !Boolean.getBoolean("whosaid.noStanceInfinitive");

    private StanceDass() {}

    /** whether the clause opening at {@code k} is a zu-infinitive: no subordinator first, "zu" + verb before its end */
    static boolean zuInfinitive(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        if (Clauses.isSubordinator(tk.get(k)) || tk.get(k).isAny("und", "oder", "aber", "sondern")) return false;
        for (int i = k; i + 1 < s.endToken; i++) {
            Token t = tk.get(i);
            if (t.isAny(",", ";", ":") || doc.quoteAround(t.start) != null) return false;
            if (t.is("zu") && tk.get(i + 1).isVerb() && !tk.get(i + 1).isCapitalized()) return true;
        }
        return false;
    }

    public static void apply(Document doc, List<Draft> out) {
        if (!ENABLED || !doc.german()) return;
        List<Draft> added = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            if (!s.body || s.headline) continue;
            Draft d = sentence(doc, s);
            if (d != null && !covered(out, d.start(), d.end()) && !covered(added, d.start(), d.end())) added.add(d);
        }
        out.addAll(added);
    }

    static Draft sentence(Document doc, Sentence s) {
        List<Token> tk = doc.tokens;
        for (int k = s.firstToken + 2; k < s.endToken - 2 && k - s.firstToken <= WINDOW; k++) {
            if (!tk.get(k - 1).is(",")) continue;
            boolean dass = tk.get(k).isAny("dass", "daß");
            if (!dass && !(INFINITIVE && zuInfinitive(doc, s, k))) continue;
            if (doc.quoteAround(tk.get(k).start) != null) return null;
            int cue = -1, verb = -1;
            for (int i = s.firstToken; i < k - 1; i++) {
                Token t = tk.get(i);
                if (CueFinder.isClauseBoundary(t) || doc.quoteAround(t.start) != null) return null;
                if (verb < 0 && t.isVerb() && !t.isCapitalized() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) verb = i;
                String w = t.lower();
                if (cue < 0 && (t.isCapitalized() ? NOUNS.contains(w) && i > s.firstToken && tk.get(i - 1).isAny("der", "dem", "die")
                        : ADJECTIVES.contains(w)
                        || w.equals("damit") && i > s.firstToken && tk.get(i - 1).lower().startsWith("rechne")
                        || w.equals("bedenken") && i > s.firstToken && tk.get(i - 1).is("zu"))) cue = i;
            }
            if (cue < 0 || verb < 0 || verb > cue) return null;
            Mention sp = speakerBefore(doc, s, s.firstToken, verb);
            if (sp == null) sp = speakerAfter(doc, s, verb + 1, cue);
            if (sp == null || sp.kind == Mention.Kind.PLACE) return null;
            Draft d = contentDraft(doc, s, tk.get(k).start, contentEnd(doc, s), RULE, 0.6);
            d.speaker = sp;
            d.cue.add(new Span(tk.get(verb).start, tk.get(verb).end));
            d.cue.add(new Span(tk.get(cue).start, tk.get(cue).end));
            d.frame.add(new Span(tk.get(s.firstToken).start, tk.get(k - 1).end));
            d.evidence.add(RULE + ": '" + tk.get(verb).text + " … " + tk.get(cue).text + "' before a "
                    + (dass ? "dass-clause" : "zu-infinitive"));
            return d;
        }
        return null;
    }
}
