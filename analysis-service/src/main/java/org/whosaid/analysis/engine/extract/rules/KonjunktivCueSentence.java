package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Contents.addTrimmed;

/**
 * A German sentence whose own cue is in Konjunktiv I ("Er habe den Bürgermeister informiert und gesagt, die Brücke
 * sei sicher.") is itself reported speech: besides the statement its cue makes ("die Brücke sei sicher"), the whole
 * sentence continues the statement of the sentence before ({@code konjunktiv-cue-continues}), as a Konjunktiv sentence
 * without a cue would. Example: "Die Ministerin Hella Brandt sagte, die Fähre fahre wieder. Sie habe den Bürgermeister
 * informiert und gesagt, die Brücke sei sicher." gives Brandt the second sentence too. Only a cue with its content
 * after it (the auxiliary "habe"/"sei" or the verb itself in Konjunktiv I, outside quotes), only when nothing else
 * in the sentence is a statement already, and only after a statement at most {@link KonjunktivContinuation#KJ_WINDOW}
 * sentences back; one look per statement of the sentence, so the cost stays linear in the statements.
 */
public final class KonjunktivCueSentence {
    private KonjunktivCueSentence() {}

    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noKjCueSentence");

    public static void apply(Document doc, List<Draft> out) {
        if (!ENABLED || !doc.german()) return;
        List<Draft> added = new ArrayList<>();
        SpanCover cover = new SpanCover(doc.text.length(), out);
        // statements per sentence, in one pass
        java.util.Map<Integer, List<Draft>> bySentence = new java.util.TreeMap<>();
        for (Draft d : out) if (!d.quote.isEmpty()) bySentence.computeIfAbsent(d.sentence, k -> new ArrayList<>()).add(d);
        for (java.util.Map.Entry<Integer, List<Draft>> e : bySentence.entrySet()) {
            Sentence s = doc.sentences.get(e.getKey());
            if (!s.body || s.headline || s.index == 0) continue;
            // one content in the sentence (two cues of one clause, "habe … informiert und gesagt", may share it)
            List<Draft> here = e.getValue();
            Draft inner = null;
            boolean oneContent = true;
            for (Draft d : here) {
                if (!d.quote.equals(here.get(0).quote)) oneContent = false;
                if (inner == null && !d.cue.isEmpty() && d.form != Form.Direct && konjunktivCueBeforeContent(doc, s, d) && singularPronoun(d)) inner = d;
            }
            if (!oneContent || inner == null) continue;
            if (cover.overlaps(s.start, s.start + 1)) continue; // the sentence opens inside another statement
            Draft prev = Overlaps.previous(out, s.index, KonjunktivContinuation.KJ_WINDOW);
            if (prev == null || prev.sentence < s.index - 1 && !Moods.reportedFlavour(doc, doc.sentences.get(s.index - 1))) continue;
            if (!personSpeaker(prev)) continue; // "er"/"sie" goes on a person, not "Andere Medien" before it
            Draft d = new Draft(Form.IndirectFreeIndirect, "konjunktiv-cue-continues", s.index, 0.5);
            addTrimmed(doc, d, s.start, s.end);
            if (d.quote.isEmpty()) continue;
            d.speakerFrom = prev;
            d.medium = prev.medium;
            d.evidence.add("cue in Konjunktiv I: the sentence continues the statement in sentence " + (prev.sentence + 1));
            added.add(d);
        }
        out.addAll(added);
    }

    /** "er" or "sie" with a singular cue ("sie habe gesagt", not "sie seien aufgefordert worden"): the same person goes on. */
    static boolean singularPronoun(Draft inner) {
        return inner.speaker != null && inner.speaker.kind == Mention.Kind.PRONOUN
                && (inner.speaker.head.equalsIgnoreCase("er") || inner.speaker.head.equalsIgnoreCase("sie"));
    }

    /**
     * The speaker of {@code prev} (or of the statement it inherits from, a few steps back) is a name or "er"/"sie": a
     * role noun may be plural ("die Forscher"), and the pronoun of the cue sentence then names someone else.
     */
    static boolean personSpeaker(Draft prev) {
        Draft d = prev;
        for (int step = 0; step < 4 && d != null; step++, d = d.speakerFrom)
            if (d.speaker != null) return d.speaker.kind == Mention.Kind.NAME || singularPronoun(d);
        return false;
    }

    /** The cue's first word is a distinct Konjunktiv I outside quotes, and the content starts after the cue. */
    static boolean konjunktivCueBeforeContent(Document doc, Sentence s, Draft inner) {
        Span first = inner.cue.get(0);
        int k = doc.tokenAt(first.start());
        if (k < s.firstToken || k >= s.endToken) return false;
        Token t = doc.tokens.get(k);
        if (doc.quoteAround(t.start) != null || !Moods.distinctKonj1(t) || !t.tags.contains(":SIN:")) return false;
        for (Span c : inner.cue) if (c.end() > inner.start()) return false;
        return true;
    }
}
