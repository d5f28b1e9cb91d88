package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Contents.addTrimmed;

/**
 * A Konjunktiv sentence after a statement that opens with a narrating clause of its own, up to its first comma
 * ({@code lead-clause-konjunktiv}): "Die Reederei hatte sich erhofft, der Kanal werde bald wieder frei." The clause
 * with an indicative verb and no Konjunktiv is the frame, what follows the comma is the content, and the clause's
 * subject speaks when it names someone (else the speaker of the statement before). The lead clause is at most
 * {@link #MAX_LEAD} tokens, so the test is bounded per sentence.
 */
final class LeadClauseFrame {
    private LeadClauseFrame() {}

    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noLeadClauseFrame");

    /** the longest lead clause looked at, in tokens */
    static final int MAX_LEAD = 12;

    /** The sentence split into frame and content, speaking for its lead clause's subject or {@code prev}'s speaker; or null. */
    static Draft apply(Document doc, Sentence s, Draft prev) {
        if (!ENABLED) return null;
        List<Token> tk = doc.tokens;
        Token first = tk.get(s.firstToken);
        if (Clauses.isSubordinator(first) || first.isAny("Wie", "Wenn", "Falls", "Ob", "Dass", "Als", "Da", "Weil",
                "Nachdem", "Während", "Obwohl", "Um", "Damit", "Sollte", "Sollten", "Zwar")) return null;
        int comma = -1, v = -1;
        for (int i = s.firstToken; i < Math.min(s.endToken, s.firstToken + MAX_LEAD); i++) {
            Token t = tk.get(i);
            if (doc.quoteAround(t.start) != null || Clauses.isQuoteOpen(t)) return null;
            if (t.is(",") && !t.inSpeakerPhrase) { comma = i; break; }
            if (i > s.firstToken && CueFinder.isClauseBoundary(t)) return null;
            if (Moods.distinctKonj1(t) || Moods.distinctKonj2(t) || t.isKonj1()) return null;
            if (v < 0 && t.isVerb() && t.onlyVerb() && !t.isCapitalized() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) v = i;
        }
        if (comma < 0 || v < 0 || comma + 2 >= s.endToken) return null;
        int k = comma + 1;
        if (Clauses.isRelativeStart(tk, s, k) || tk.get(k).isAny("und", "oder", "aber", "sondern", "doch", "so")) return null;
        // the content's own clause has a Konjunktiv I verb
        boolean kj = false;
        for (int i = k; i < CueFinder.clauseEnd(doc, s, k) && !kj; i++) {
            Token t = tk.get(i);
            if (doc.quoteAround(t.start) == null && Moods.distinctKonj1(t)) kj = true;
        }
        if (!kj) return null;
        Mention sp = Subjects.speakerBefore(doc, s, s.firstToken, v);
        if (sp == null) sp = Subjects.speakerAfter(doc, s, v + 1, comma);
        if (sp != null && sp.kind == Mention.Kind.PLACE) sp = null;
        Draft d = new Draft(Form.Indirect, "lead-clause-konjunktiv", s.index, 0.5);
        addTrimmed(doc, d, tk.get(k).start, Clauses.contentEnd(doc, s));
        if (d.quote.isEmpty()) return null;
        d.frame.add(new Span(tk.get(s.firstToken).start, tk.get(comma).end));
        d.cue.add(new Span(tk.get(v).start, tk.get(v).end));
        // "hatte sich erhofft": an auxiliary's participle at the clause end belongs to the cue
        if (Clauses.AUX.contains(tk.get(v).text) && comma - 1 > v && tk.get(comma - 1).isVerb() && !tk.get(comma - 1).isCapitalized())
            d.cue.add(new Span(tk.get(comma - 1).start, tk.get(comma - 1).end));
        d.medium = prev.medium;
        // no mention in the lead clause: an impersonal one ("Am Abend wurde es ruhig, …") goes on with the earlier
        // speaker; a plain noun phrase subject is someone else, left open
        d.speaker = sp;
        if (sp == null && tk.get(v + 1).isAny("es", "man")) d.speakerFrom = prev;
        d.evidence.add("Konjunktiv content after a narrating lead clause: " + tk.get(v).text);
        return d;
    }
}
