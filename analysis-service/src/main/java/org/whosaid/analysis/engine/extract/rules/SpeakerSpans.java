package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * The speaker span as a reader would quote it, after all rules ran: a mention widened over its apposition or
 * attribute ("Patrick Kamanda von der Umweltbehörde", "der Innenminister Frankreichs, Nicolas Sarkozy"), and the
 * frame widened to a speaker written right before the cue clause ("X, Minister, sagte, …").
 */
public final class SpeakerSpans {
    private SpeakerSpans() {}

    static final boolean ATTRIBUTE_PP = !Boolean.getBoolean("whosaid.noAttributePP");


    /**
     * Widens a speaker mention over its apposition or attribute, as a reader would quote it: "Patrick Kamanda von der
     * Umweltbehörde", "John Kline, ein Abgeordneter aus Minnesota," (up to the comma before the cue verb),
     * "der Innenminister Frankreichs, Nicolas Sarkozy".
     */
    public static Mention extend(Document doc, Mention m, Draft d) {
        List<Token> tk = doc.tokens;
        if (m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.GROUP) return m;
        Sentence s = doc.sentences.get(m.sentence);
        int cueTok = d.cue.isEmpty() ? -1 : doc.tokenAt(d.cue.get(0).start());
        if (cueTok > m.token && !m.governed) {
            int lead = LeadingApposition.start(doc, m);
            if (lead >= 0) m = startedAt(m, lead, tk);
        }
        int run = NameRun.end(doc, s, m, cueTok);
        if (run > m.endToken) m = widened(m, run, tk);
        int named = RoleName.end(doc, s, m);
        if (named > m.endToken && (cueTok < m.endToken || cueTok >= named)) m = widened(m, named, tk);
        int joined = CoordinatedPhrase.end(doc, s, m, cueTok);
        if (joined > m.endToken && !d.overlaps(m.start, tk.get(joined - 1).end)) return widened(m, joined, tk);
        int e = m.endToken;
        if (e >= s.endToken) return m;
        Token t = tk.get(e);
        int limit;
        if (cueTok > e && tk.get(cueTok).sentence == m.sentence) {
            limit = cueTok;                       // subject before the verb: up to the verb
        } else {
            limit = CueFinder.clauseEnd(doc, s, e); // after the verb: to the end of the clause
            if (t.is(",") || t.is("(")) limit = Math.min(s.endToken, e + 14);
        }
        // "Die Gesellschaft für Meeresschutz erklärte": a für/ohne phrase reaching the verb is an attribute
        if (ATTRIBUTE_PP && cueTok > e && tk.get(cueTok).sentence == m.sentence && SubjectPhrase.attributePP(doc, s, e) == cueTok) {
            return widened(m, cueTok, tk);
        }
        boolean starts = t.isAny("von", "vom", "aus", "der", "des", "(", ",");
        // "sagte Bürgermeisterin Ilse Brandt der Zeitung …": after a person's name behind the verb "der" opens the
        // dative addressee, not a genitive of the name
        if (t.is("der") && m.kind == Mention.Kind.NAME && cueTok >= 0 && cueTok < m.token && m.head.indexOf(' ') > 0) return m;
        if (!starts || limit - e > 16 || limit <= e + 1) return m;
        int end = limit;
        if (!(cueTok > e) && !t.is(",")) {
            // "sprach Ida Holm von einem Erfolg": there "von" belongs to the verb
            if (t.isAny("von", "vom") && (d.rule.equals(ReportedFrame.RULE) || vonVerb(doc, cueTok))) return m;
            end = Math.min(limit, attributeChain(doc, s, limit, e));
            // "sagte der Trainer der Gäste, Ole Brandt, …": the name in commas after the attribute belongs to it
            Mention name = end < s.endToken - 1 && tk.get(end).is(",") ? nameCovering(doc, end + 1) : null;
            if (name != null && name.kind == Mention.Kind.NAME && end > e
                    && (name.endToken >= s.endToken || tk.get(name.endToken).isPunct())) {
                return widened(m, name.endToken, tk);
            }
        }
        // do not run over a verb or into the quote
        for (int k = e; k < limit; k++) {
            Token x = tk.get(k);
            if (doc.quoteAround(x.start) != null && x.start >= d.start() && x.start < d.end()) { end = k; break; }
            if (x.isVerb() && x.onlyVerb() && !x.isCapitalized()) { end = k; break; }
        }
        if (t.is(",")) {
            // apposition must close with a comma right before the limit, or else at its own closing comma
            if (end != limit || !tk.get(limit - 1).is(",")) {
                int close = ClosedApposition.end(doc, s, e, d);
                if (close < 0) close = NameApposition.end(doc, s, m, e, d);
                if (close < 0) return m;
                return widened(m, close, tk);
            }
            end = limit - 1;
        }
        while (end > e && tk.get(end - 1).isAny(",", ":", "(")) end--;
        if (end <= e) return m;
        if (tk.get(end - 1).is("(")) return m;
        int open = 0;
        for (int k = e; k < end; k++) { if (tk.get(k).is("(")) open++; if (tk.get(k).is(")")) open--; }
        if (open > 0) return m;
        return widened(m, end, tk);
    }

    private static final java.util.Set<String> GENITIVE = java.util.Set.of("des", "der", "eines", "einer");

    /**
     * End of the attributes after a speaker behind the verb, without the clause's objects and adverbials: "sagte ein
     * Sprecher [des Hafenamts] [in Kranzhafen] am Montag" or "erklärte Ida Holm [vom Amt] [für Fähren] [(AFF)] der
     * Presse". Each attribute is a genitive, von/vom/aus or für phrase, "in" before a bare name, or a bracket.
     */
    static int attributeChain(Document doc, Sentence s, int limit, int e) {
        List<Token> tk = doc.tokens;
        int end = e;
        for (int hop = 0; hop < 5 && end < limit; hop++) {
            Token t = tk.get(end);
            if (t.is("(")) {
                int close = end + 1;
                while (close < limit && close - end < 12 && !tk.get(close).is(")")) close++;
                if (close >= limit || !tk.get(close).is(")")) break;
                end = close + 1;
                if (hop > 0) break;                 // "(OCHA) der Presse": a bracket closes the phrase
                continue;
            }
            int k = end + 1;
            if (t.isAny("von", "vom", "aus", "für") && (hop > 0 || !t.is("für"))) {
                if (k < limit && CueFinder.isDeterminer(tk.get(k).lower())) k++;
            } else if (!GENITIVE.contains(t.text) && !(hop > 0 && t.isAny("in", "bei") && k < limit
                    && tk.get(k).isCapitalized() && !CueFinder.isDeterminer(tk.get(k).lower()))) {
                break;
            }
            while (k < limit && tk.get(k).isWord() && !tk.get(k).isCapitalized() && NounPhrases.attributive(tk.get(k))) k++;
            int n = k;
            while (k < limit && k - n < 5) {
                int q = shortQuoteEnd(doc, s, k);
                if (q > k && q <= limit) { k = q; continue; }
                // "aus Nord und Süd": a coordinated name goes on
                if (k > n && tk.get(k).isAny("und", "/") && k + 1 < limit && nameWord(tk.get(k + 1), false)) k++;
                else if (!nameWord(tk.get(k), k == n)) break;
                k++;
            }
            if (k == n) break;
            end = k;
        }
        return end;
    }

    /** whether the cue verb at {@code cueTok} takes "von" itself ("sprach die Polizei von zwei Festnahmen") */
    private static boolean vonVerb(Document doc, int cueTok) {
        if (cueTok < 0) return false;
        for (org.whosaid.analysis.engine.layer.Cue c : doc.cues) {
            if (c.token == cueTok) return c.lemma.equals("sprechen") || c.lemma.equals("berichten") || c.lemma.equals("ausgehen");
        }
        return false;
    }

    /** the name mention that covers token {@code tok} (the mention finder may start it earlier, at the attribute) */
    private static Mention nameCovering(Document doc, int tok) {
        List<Mention> ms = doc.mentions;
        int i = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(ms, x -> x.token, tok + 1);
        for (int j = i - 1; j >= 0 && tok - ms.get(j).token <= 8; j--) {
            Mention x = ms.get(j);
            if (x.kind == Mention.Kind.NAME && x.token <= tok && x.endToken > tok + 1) return x;
        }
        return null;
    }

    private static boolean nameWord(Token w, boolean first) {
        if (Character.isDigit(w.text.charAt(0))) return !first;
        return w.isWord() && w.isCapitalized() && !(w.onlyVerb() && !w.isNoun());
    }

    private static Mention startedAt(Mention m, int token, List<Token> tk) {
        return copy(m, new Mention(m.kind, token, m.endToken, tk.get(token).start, m.end, m.sentence, m.head, m.role,
                m.qualifier));
    }

    /** {@code m} ending before token {@code end} instead (longer or shorter), with its resolution kept */
    static Mention widened(Mention m, int end, List<Token> tk) {
        return copy(m, new Mention(m.kind, m.token, end, m.start, tk.get(end - 1).end, m.sentence, m.head, m.role,
                m.qualifier));
    }

    private static Mention copy(Mention from, Mention w) {
        w.entity = from.entity;
        w.resolution = from.resolution;
        w.governed = from.governed;
        w.roleText = from.roleText;
        w.femaleRole = from.femaleRole;
        return w;
    }

    /** the frame is the whole introducing clause: widen it to the speaker written before the cue ("X, Minister, sagte,") */
    public static void frameCoversSpeaker(Document doc, Draft d) {
        if (d.frame.size() != 1 || d.speaker == null || d.cue.isEmpty()) return;
        Span f = d.frame.get(0);
        Mention m = d.speaker;
        if (m.sentence != doc.sentenceAt(f.start()).index) return;
        if (m.start < f.start() && m.end <= f.start() + 1 && !d.overlaps(m.start, f.start())) {
            String gap = doc.text.substring(m.end, f.start());
            if (gap.strip().isEmpty() || gap.strip().equals(",")) d.frame.set(0, new Span(m.start, f.end()));
        }
    }
}
