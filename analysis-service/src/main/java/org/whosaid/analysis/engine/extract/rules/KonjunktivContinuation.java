package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * German sentences in Konjunktiv without a cue of their own continue the statement of the last one or two sentences
 * ({@code konjunktiv-continues}): "Die Ministerin sagte, der Hafen bleibe zu. Man werde die Lage prüfen." A sentence
 * with "dass" and Konjunktiv after an unlisted verb is its own statement ({@code dass-konjunktiv}); Konjunktiv II
 * right after a statement and hearsay "soll … haben" continue it too ({@code soll-hearsay}).
 */
public final class KonjunktivContinuation {
    private KonjunktivContinuation() {}

    /** a Konjunktiv sentence continues a statement at most this many sentences back */
    static final int KJ_WINDOW = Integer.getInteger("whosaid.kjWindow", 2);

    static final boolean KJ2_CONTINUES = !Boolean.getBoolean("whosaid.noKj2");

    /** Konjunktiv II of any verb as the sentence's first finite verb continues too ("Die Dämme befänden sich …"), seventh round */
    static final boolean KJ2_FIRST_VERB = !Boolean.getBoolean("whosaid.noKj2FirstVerb");

    /** a Konjunktiv II sentence lengthens a run of continuations like a Konjunktiv I one (eighth round) */
    static final boolean KJ2_RUN = !Boolean.getBoolean("whosaid.noKj2Run");

    static final boolean HEARSAY = !Boolean.getBoolean("whosaid.noHearsay");

    /** across two plain sentences (each about the speaker or naming nobody), fifth recall round */
    static final boolean BRIDGE_TWO = !Boolean.getBoolean("whosaid.noBridgeTwo");

    static final boolean NARRATION_ONLY_ALONE = !Boolean.getBoolean("whosaid.narrationAlsoAfterStatement");

    static final boolean BRIDGE = !Boolean.getBoolean("whosaid.noKjBridge");

    /** "soll/sollen" in second position reports too, not only with a perfect or passive infinitive (issue 13) */
    static final boolean BROAD_SOLL = !Boolean.getBoolean("whosaid.noBroadSoll");

    public static void apply(Document doc, List<Draft> out) {
        if (!doc.german()) return;
        List<Draft> added = new ArrayList<>();
        // the statements of out as they are now: this pass adds to "added" and may only lengthen a statement over the
        // sentence it is looking at (KonjunktivRun), which no later sentence overlaps
        SpanCover before = new SpanCover(doc.text.length(), out);
        for (Sentence s : doc.sentences) {
            if (!s.body || s.headline || s.tokenCount() < 4) continue;
            if (before.overlaps(s.start, s.end) || covered(added, s.start, s.end)) continue;
            Draft d = hasKonjunktiv1(doc, s) ? konjunktiv1(doc, s, out, added) : withoutKonjunktiv1(doc, s, out, added);
            if (d != null) added.add(d);
        }
        out.addAll(added);
    }

    /** Whether the sentence has a distinct Konjunktiv I verb outside quotes ("sei", "habe", "werde"), not "sei es" concessive or "sei denn". */
    private static boolean hasKonjunktiv1(Document doc, Sentence s) {
        List<Token> tk = doc.tokens;
        for (int i = s.firstToken; i < s.endToken; i++) {
            Token t = tk.get(i);
            if (doc.quoteAround(t.start) != null) continue;
            boolean attributive = i + 1 < s.endToken && tk.get(i + 1).isCapitalized() && !t.onlyVerb();
            if (!attributive && distinctKonj1(t) && !(i + 1 < s.endToken && tk.get(i + 1).is("es") && t.is("sei") && concessiveSeiEs(tk, s, i))
                    && !(i > s.firstToken && tk.get(i - 1).is("es") && t.is("sei") && i + 1 < s.endToken && tk.get(i + 1).is("denn"))) return true;
        }
        return false;
    }

    /**
     * A sentence without Konjunktiv I: Konjunktiv II right after a statement continues it ("Jedes Jahr würden dadurch
     * 600 Autos zerstört.", or any verb's Konjunktiv II as the first finite verb: "Die Deiche befänden sich …"), else hearsay "soll(en)" continues the source of the last two sentences.
     */
    private static Draft withoutKonjunktiv1(Document doc, Sentence s, List<Draft> out, List<Draft> added) {
        if (KJ2_CONTINUES && (hasKonjunktiv2(doc, s) || KJ2_FIRST_VERB && Moods.firstFiniteVerbKonj2(doc, s))) {
            Draft prev2 = previous(union(out, added), s.index, 1);
            if (prev2 != null && KJ2_RUN && KonjunktivRun.extend(doc, prev2, s, doc.sentences)) return null;
            if (prev2 != null) return continues(doc, s, prev2, 0.5, "Konjunktiv II right after the statement in sentence " + (prev2.sentence + 1));
        }
        // hearsay "soll(en)": "Mindestens eine Person soll ums Leben gekommen sein."
        if (!(HEARSAY && hearsay(doc, s))) return null;
        Draft prev = previous(union(out, added), s.index, 2);
        if (prev == null) return null;
        Draft d = new Draft(Form.FreeIndirect, "soll-hearsay", s.index, 0.5);
        addTrimmed(doc, d, s.start, s.end);
        d.speakerFrom = prev;
        d.evidence.add("hearsay 'soll' continues the source of sentence " + (prev.sentence + 1));
        return d;
    }

    /** Konjunktiv II of werden/haben/sein outside quotes, not in a question or ob/dass clause, and no wenn/falls/ob. */
    private static boolean hasKonjunktiv2(Document doc, Sentence s) {
        List<Token> tk = doc.tokens;
        boolean kj2 = false;
        for (int i = s.firstToken; i < s.endToken; i++) {
            Token t = tk.get(i);
            if (doc.quoteAround(t.start) == null && distinctKonj2(t) && t.verbLemma != null
                    && Set.of("werden", "haben", "sein").contains(t.verbLemma)
                    && !tk.get(CueFinder.clauseStart(doc, s, i)).isAny("wen", "wer", "was", "wie", "warum", "wo", "wann", "ob", "dass", "Wer", "Was", "Wie", "Warum", "Ob"))
                kj2 = true;
            if (t.isAny("wenn", "falls", "ob")) return false;
        }
        return kj2;
    }

    /**
     * A sentence in Konjunktiv I without a cue of its own: a dass-clause after an unlisted verb is its own statement;
     * else it continues the statement of the last sentence (or one before, across a sentence about the same speaker
     * or nobody; or three back across two such sentences), lengthening a run of continuations; with no statement to
     * continue, the subject of a narrating sentence before it may be the source ({@link NarrationSource}). Null when
     * nothing was added (also when a run was lengthened).
     */
    private static Draft konjunktiv1(Document doc, Sentence s, List<Draft> out, List<Draft> added) {
        // "Beobachter wiesen darauf hin, dass … sei": an unlisted verb with a dass-clause in Konjunktiv
        Draft dass = dassWithKonjunktiv(doc, s);
        if (dass != null) return dass;
        List<Draft> all = union(out, added);
        Draft prev = previous(all, s.index, KJ_WINDOW);
        if (prev == null && BRIDGE_TWO && BRIDGE) {
            // two plain sentences between, each about the speaker or about nobody
            Draft p3 = previous(all, s.index, KJ_WINDOW + 1);
            if (p3 != null && p3.sentence == s.index - 3 && s.index >= 3
                    && KonjunktivBridge.sameSpeakerBetween(doc, doc.sentences.get(s.index - 1), p3)
                    && KonjunktivBridge.sameSpeakerBetween(doc, doc.sentences.get(s.index - 2), p3)
                    && !reportedFlavour(doc, doc.sentences.get(s.index - 1)) && !reportedFlavour(doc, doc.sentences.get(s.index - 2))) {
                if (KonjunktivRun.extend(doc, p3, s, doc.sentences)) return null;
                return continues(doc, s, p3, 0.5, "Konjunktiv I without a cue: continues the statement in sentence " + (p3.sentence + 1) + " across two plain sentences");
            }
        }
        if (prev == null || prev.sentence < s.index - 1 && !reportedFlavour(doc, doc.sentences.get(s.index - 1))
                && !(BRIDGE && prev.sentence == s.index - 2 && KonjunktivBridge.sameSpeakerBetween(doc, doc.sentences.get(s.index - 1), prev))) {
            Draft nar = prev == null || !NARRATION_ONLY_ALONE ? NarrationSource.apply(doc, s) : null;
            return nar != null && !nar.quote.isEmpty() ? nar : null;
        }
        Draft lead = LeadClauseFrame.apply(doc, s, prev);
        if (lead != null) return lead;
        if (KonjunktivRun.extend(doc, prev, s, doc.sentences)) return null;
        return continues(doc, s, prev, 0.6, "Konjunktiv I without a cue: continues the statement in sentence " + (prev.sentence + 1));
    }

    /** A {@code konjunktiv-continues} statement over the sentence, its speaker and medium from {@code prev}. */
    private static Draft continues(Document doc, Sentence s, Draft prev, double confidence, String evidence) {
        Draft d = new Draft(Form.IndirectFreeIndirect, "konjunktiv-continues", s.index, confidence);
        addTrimmed(doc, d, s.start, s.end);
        d.speakerFrom = prev;
        d.medium = prev.medium;
        d.evidence.add(evidence);
        return d;
    }

    /** The statements so far: those of earlier passes, then this pass's. */
    private static List<Draft> union(List<Draft> out, List<Draft> added) {
        List<Draft> all = new ArrayList<>(out);
        all.addAll(added);
        return all;
    }

    /**
     * "sei es A, sei es B", "…, sei es aus Angst": "sei es" opening a clause is concessive, not reported speech; after
     * a fronted phrase ("Im Ausschuss sei es um die Kosten gegangen") it is Konjunktiv I.
     */
    static boolean concessiveSeiEs(List<Token> tk, Sentence s, int i) {
        if (!SEI_ES_FRONTED) return true;
        return i == s.firstToken || tk.get(i - 1).isPunct() || tk.get(i - 1).isAny("und", "oder");
    }

    static final boolean SEI_ES_FRONTED = !Boolean.getBoolean("whosaid.noSeiEs");

    static Draft dassWithKonjunktiv(Document doc, Sentence s) {
        List<Token> tk = doc.tokens;
        for (int k = s.firstToken + 2; k < s.endToken - 2; k++) {
            if (!tk.get(k).isAny("dass", "daß") || !tk.get(k - 1).is(",")) continue;
            if (doc.quoteAround(tk.get(k).start) != null) return null;
            int verb = -1;
            for (int i = s.firstToken; i < k - 1; i++) {
                Token t = tk.get(i);
                if (CueFinder.isClauseBoundary(t)) return null;
                if (t.isVerb() && !t.isCapitalized() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) { verb = i; break; }
            }
            if (verb < 0) return null;
            Mention sp = speakerBefore(doc, s, s.firstToken, verb);
            // verb-second: "In einem Gespräch machte der Präsident deutlich, dass …" has its subject after the verb
            if (sp == null && doc.german()) sp = speakerAfter(doc, s, verb + 1, k - 1);
            if (sp == null) return null;
            Draft d = contentDraft(doc, s, tk.get(k).start, contentEnd(doc, s), "dass-konjunktiv", 0.6);
            d.speaker = sp;
            d.cue.add(new Span(tk.get(verb).start, tk.get(verb).end));
            d.frame.add(new Span(tk.get(s.firstToken).start, tk.get(k - 1).end));
            d.evidence.add("verb with a dass-clause in Konjunktiv: " + tk.get(verb).text);
            return d;
        }
        return null;
    }

    /**
     * "soll/sollen" outside quotes with a perfect or passive infinitive at the end ("soll … gewesen sein"), or in
     * second position of a main clause ("Der Club soll in die zweite Liga absteigen."), right after a statement: what
     * the source said will or shall happen. Not in questions or conditions ("Wer soll …", "Wenn …").
     */
    static boolean hearsay(Document doc, Sentence s) {
        List<Token> tk = doc.tokens;
        int soll = -1;
        for (int i = s.firstToken; i < s.endToken; i++) {
            if (tk.get(i).isAny("soll", "sollen") && doc.quoteAround(tk.get(i).start) == null) { soll = i; break; }
        }
        if (soll < 0) return false;
        if (BROAD_SOLL && soll <= s.firstToken + 4 && !tk.get(s.firstToken).isAny("Wer", "Was", "Wie", "Ob", "Wenn", "Warum")) return true;
        int e = s.endToken - 1;
        while (e > soll && tk.get(e).isPunct()) e--;
        int clauseEnd = CueFinder.clauseEnd(doc, s, soll);
        int last = clauseEnd - 1;
        while (last > soll && tk.get(last).isPunct()) last--;
        return tk.get(last).isAny("sein", "haben") || (tk.get(last).is("werden") && tk.get(last - 1).tags.contains("PA2"));
    }
}
