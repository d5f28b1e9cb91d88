package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.model.Form;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Contents.addTrimmed;

/**
 * A Konjunktiv I sentence that continues no statement, right after a plain narrating sentence about a source: the
 * subject of that sentence is the speaker ({@code konjunktiv-after-narration}). "Die Hafenbehörde warnt vor weiteren
 * Sturmfluten. Die Deiche befänden sich an der Grenze ihrer Belastbarkeit." News narrates what a source did (warned,
 * described, denied, set a goal) and then renders its words in Konjunktiv without a cue of their own. Only the one
 * sentence before is looked at; its main-clause subject must be a name, role, institution, group or pronoun (no plain
 * noun phrase, no place), and it must hold no quotation.
 */
final class NarrationSource {
    private NarrationSource() {}

    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noNarrationSource");

    static Draft apply(Document doc, Sentence s) {
        if (!ENABLED || s.index == 0) return null;
        Sentence p = doc.sentences.get(s.index - 1);
        if (!p.body || p.headline) return null;
        List<Token> tk = doc.tokens;
        // the Konjunktiv sentence has no cue or marker of its own, and its first finite verb is the Konjunktiv one
        if (!Cues.inSentence(doc, s).isEmpty()) return null;
        boolean mainKj = false;
        for (int i = s.firstToken; i < s.endToken; i++) {
            Token t = tk.get(i);
            if (doc.quoteAround(t.start) != null || t.isCapitalized()) continue;
            if (Moods.distinctKonj1(t) || Moods.distinctKonj2(t)) { mainKj = true; break; }
            if (t.isVerb() && t.onlyVerb() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) break;
        }
        if (!mainKj) return null;
        for (int i = p.firstToken; i < p.endToken; i++) if (doc.quoteAround(tk.get(i).start) != null) return null;
        int v = -1;
        for (int i = p.firstToken; i < p.endToken; i++) {
            Token t = tk.get(i);
            if (i > p.firstToken && CueFinder.isClauseBoundary(t)) break;
            if (t.isVerb() && !t.isCapitalized() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) { v = i; break; }
        }
        if (v < 0) return null;
        Mention sp = Subjects.speakerBefore(doc, p, p.firstToken, v);
        if (sp == null) sp = Subjects.speakerAfter(doc, p, v + 1, CueFinder.clauseEnd(doc, p, v));
        if (sp == null || sp.kind == Mention.Kind.PLACE || sp.kind == Mention.Kind.GROUP) return null;
        if (sp.kind == Mention.Kind.PRONOUN && !sp.head.equalsIgnoreCase("er") && !sp.head.equalsIgnoreCase("sie")) return null;
        Draft d = new Draft(Form.IndirectFreeIndirect, "konjunktiv-after-narration", s.index, 0.4);
        addTrimmed(doc, d, s.start, s.end);
        d.speaker = sp;
        d.evidence.add("Konjunktiv I after a sentence narrating what its subject did: " + tk.get(v).text);
        return d;
    }
}
