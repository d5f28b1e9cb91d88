package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * The rules for one speech-verb cue, tried in this order (the first that makes a statement wins):
 * {@link ParticipleThat} ("…, adding that …"), {@link WieCue} ("…, wie X mitteilte"), {@link EnglishSubjectCue}
 * ("The talks were useful, Rubio said."), {@link ContentThenCue} ("„…“, sagte sie."), {@link DasCue} ("Das erklärte
 * X."), {@link JudgementQuote} ("X nannte das Treffen „gut“"), {@link CueThenContent} ("Sie sagte, der Hafen bleibe zu."), {@link EnglishThatContent} ("She added that …"),
 * {@link CueThenQuote} ("sagte sie „…“"), {@link SpeechAct} ("Sie forderte Hilfe."), {@link ReportedFrame} ("Sie
 * sprach von einem Erfolg.") and finally an {@link Anchor} for later Konjunktiv sentences. Cues inside a relative or
 * subordinate clause ("…, der sagte, …", "ob sie sagte") and after "zu" make nothing.
 */
public final class VerbCue {
    private VerbCue() {}

    public static Draft apply(Document doc, Sentence s, Cue c, List<Draft> out) {
        List<Token> tk = doc.tokens;
        int v = c.token;
        if (v > s.firstToken && tk.get(v - 1).isAny("zu", "to")) return null;
        // "halten" is a cue only as "hält X für Y" (a judgement), never "hielten eine Sitzung ab"
        if (c.lemma.equals("halten") && (c.particle >= 0 || ReportedFrame.frame(doc, s, c) < 0)) return null;
        Draft participle = ParticipleThat.apply(doc, s, c, out);
        if (participle != null) return participle;
        int cs = wieStart(doc, s, CueFinder.clauseStart(doc, s, v), v);
        int ce = overQuotedTitles(doc, s, CueFinder.clauseEnd(doc, s, Math.max(v, c.particle)));
        // "sprach von X und fügte hinzu, dass …": the cue clause ends where a second speech act of the same speaker begins
        int secondAct = CoordinatedCue.openingAfter(doc, s, Math.max(v, c.particle), s.endToken);
        if (secondAct > 0 && secondAct < ce) ce = secondAct;
        Token first = tk.get(cs);
        // relative clause ("der … sagte") and "wie X mitteilte"
        boolean wie = first.lower().equals("wie") || first.lower().equals("as");
        if (wie) return WieCue.apply(doc, s, c, cs, ce, out);
        if (cs > s.firstToken && isRelative(first) && tk.get(cs - 1).is(",")) return RELATIVE_CUE ? subordinateContent(doc, s, c, out, cs, ce, secondAct, true) : null;
        // English "after the president said on television that …" still reports what was said
        boolean englishThat = !doc.german() && thatWithin(doc, s, v + 1) > 0;
        if (SUBORDINATE_CUE && doc.german() && cs > s.firstToken && first.isAny(REPORTING_SUBORDINATORS)) return subordinateContent(doc, s, c, out, cs, ce, secondAct, false);
        if ((isSubordinator(first) && !englishThat) || first.isAny("ob", "dass", "daß", "if", "whether")) return null;
        if (cs + 1 < v && tk.get(cs + 1).isAny("wenn", "ob", "dass", "falls", "weil", "obwohl") && first.isAny("auch", "selbst", "nur", "sogar")) return null;
        boolean verbFirst = v == cs || (v == cs + 1 && (tk.get(cs).isAny("so", "auch", "dann", "daraufhin", "zudem", "weiter", "außerdem", "nun", "jetzt") || AUX.contains(tk.get(cs).lower())))
                || (cs < v && AUX.contains(tk.get(cs).lower()) && v <= cs + 1);
        boolean auxFirst = cs < v && AUX.contains(tk.get(cs).lower());
        int sentEnd = contentEnd(doc, s);
        // English "The talks were useful, Rubio said."
        Draft subjectCue = EnglishSubjectCue.apply(doc, s, c, cs, lastClause(doc, s, ce));
        if (subjectCue != null) {
            frame(doc, subjectCue, cs, ce, false);
            addressee(doc, subjectCue, v, ce);
            return subjectCue;
        }
        // English "X, who leads the board, said …": the relative clause is not content
        Mention relativeSubject = EnglishSubjectCue.relativeSubject(doc, s, cs);
        if (relativeSubject == null) relativeSubject = EnglishSubjectCue.appositionSubject(doc, s, cs);
        return rules(new VerbClause(doc, s, c, out, cs, ce, sentEnd, verbFirst || auxFirst, relativeSubject, secondAct));
    }

    /** "…, indem er sagte, der Kai sei marode": a cue in a subordinate clause still reports the content after it (h13r) */
    static final boolean SUBORDINATE_CUE = !Boolean.getBoolean("whosaid.noSubordinateCue");

    /** "…, Jan Varga, der sagte, man dürfe …": a cue in a relative clause reports the content after it, of the antecedent */
    static final boolean RELATIVE_CUE = !Boolean.getBoolean("whosaid.noRelativeCue");

    private static final String[] REPORTING_SUBORDINATORS = {"indem", "weil", "nachdem", "als", "da", "während", "obwohl"};

    /**
     * The content after a cue inside a subordinate or relative clause ("…, weil Varga erklärte, er sei marode"): only
     * {@link CueThenContent}, which wants a clause in Konjunktiv, a dass-clause or a quote after the cue clause; in a
     * relative clause the speaker is the mention right before its comma (the antecedent).
     */
    private static Draft subordinateContent(Document doc, Sentence s, Cue c, List<Draft> out, int cs, int ce, int secondAct,
            boolean relative) {
        // the verb ends the clause (verb-final), only auxiliaries after it: "weil sie erklärt hatte,"
        List<Token> tk = doc.tokens;
        int last = Math.max(c.token, c.particle);
        for (int k = last + 1; k < ce; k++) if (!AUX.contains(tk.get(k).lower())) return null;
        Mention antecedent = null;
        if (relative) {
            antecedent = NounPhrases.mentionEndingAt(doc, cs - 1);
            if (antecedent == null || antecedent.kind == Mention.Kind.PLACE || antecedent.sentence != s.index) return null;
            // after the relative clause the main clause may go on ("X, der … gefordert wird, griff …", "…, und er ist …"):
            // only a dass-clause, a quote or a clause with a Konjunktiv verb (no finite verb or conjunction first) is content
            if (ce + 1 >= s.endToken || !tk.get(ce).is(",")) return null;
            Token n = tk.get(ce + 1);
            if (n.isAny("und", "oder", "aber", "sondern", "doch") || n.onlyVerb() && !n.isCapitalized()) return null;
            boolean kj = n.isAny("dass", "daß") || isQuoteOpen(n);
            for (int k = ce + 1; k < s.endToken && !kj; k++) {
                Token t = tk.get(k);
                if (t.is(",")) break;
                if (t.isKonj1() || Moods.distinctKonj1(t) || Moods.distinctKonj2(t)) kj = true;
            }
            if (!kj) return null;
        }
        Draft d = CueThenContent.apply(new VerbClause(doc, s, c, out, cs, ce, contentEnd(doc, s), false, null, secondAct));
        if (d == null || d.form == org.whosaid.analysis.engine.model.Form.Reported) return null;
        if (relative) d.speaker = antecedent;
        d.evidence.add(relative ? "cue in a relative clause" : "cue in a subordinate clause");
        return d;
    }

    private static Draft rules(VerbClause x) {
        Draft d = ContentThenCue.apply(x);
        if (d != null || x.stop) return d;
        if ((d = DasCue.apply(x)) != null) return d;
        if ((d = JudgementQuote.apply(x)) != null) return d;
        // English "says negotiators made progress, with …": a clause right after the verb is the content, not what follows the comma
        boolean englishFirst = !x.doc.german() && x.v + 1 < x.ce;
        if (englishFirst && (d = EnglishThatContent.apply(x)) != null) return d;
        if ((d = CueThenContent.apply(x)) != null) return d;
        if (!englishFirst && (d = EnglishThatContent.apply(x)) != null) return d;
        if ((d = CueThenQuote.apply(x)) != null) return d;
        Mention sp = ofCue(x.doc, x.s, x.cs, x.ce, x.v);
        if ((d = SpeechAct.apply(x, sp)) != null) return d;
        if ((d = ReportedFrame.apply(x, sp)) != null) return d;
        return Anchor.apply(x, sp);
    }

    /** "sagte der „Hafenzeitung“, …": a short quoted title inside the cue clause does not end it */
    private static int overQuotedTitles(Document doc, Sentence s, int ce) {
        List<Token> tk = doc.tokens;
        while (ce < s.endToken && isQuoteOpen(tk.get(ce))) {
            int q = shortQuoteEnd(doc, s, ce);
            QuoteSpan qs = doc.quoteAround(tk.get(ce).start);
            if (q <= ce || q >= s.endToken || qs == null || qs.words > 3 || !tk.get(q).is(",") || !tk.get(ce + 1).isCapitalized()) break;
            ce = q;
        }
        return ce;
    }

    /** "Wie der Direktor des Amtes, Name, mitteilte, …": the wie-clause runs over the apposition's commas */
    private static int wieStart(Document doc, Sentence s, int cs, int v) {
        List<Token> tk = doc.tokens;
        if (tk.get(cs).lower().equals("wie") || cs <= s.firstToken || !tk.get(s.firstToken).is("Wie")) return cs;
        boolean verbBetween = false;
        boolean relative = false; // "Wie X, der an den Gesprächen teilnahm, erklärte, …": the relative clause's verb does not count
        for (int k = s.firstToken + 1; k < v; k++) {
            if (tk.get(k - 1).is(",") && isRelative(tk.get(k))) relative = true;
            else if (tk.get(k).is(",")) relative = false;
            if (!relative && tk.get(k).onlyVerb() && !tk.get(k).isCapitalized()) verbBetween = true;
        }
        return !verbBetween && v - s.firstToken <= 14 ? s.firstToken : cs;
    }
}
