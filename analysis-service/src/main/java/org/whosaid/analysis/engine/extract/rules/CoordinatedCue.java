package org.whosaid.analysis.engine.extract.rules;

import java.util.List;

import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Sorted;

/**
 * A second speech act of the same speaker, coordinated after the first one's content, ends that content: "Die
 * Ministerin sagte, der Haushalt sei solide, und fügte hinzu, dass die Schulen mehr Geld bekämen." and "Mayor Lind
 * said the ferry was safe, adding that the bridge would reopen." are two statements each (invented), not one that
 * holds the other. The second clause opens with "und"/"and"/"but" (after a comma or not) right before its speech verb,
 * or with an English participle after a comma ("adding", "saying", "noting"; also after a quote that ends in a comma),
 * and its own content follows within a few words (a comma, a colon, dass/that or a quotation mark).
 */
public final class CoordinatedCue {
    private CoordinatedCue() {}

    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noCoordinatedCue");
    /** how far after the speech verb its content must begin (particle, subject pronoun, object) */
    private static final int CONTENT_WITHIN = 4;

    /** The start offset of a coordinated speech act after token {@code from} in the sentence, or -1. */
    static int startAfter(Document doc, Sentence s, int from) {
        int k = openingAfter(doc, s, from, s.endToken);
        return k < 0 ? -1 : doc.tokens.get(k).start;
    }

    /**
     * The first token (the comma, "und"/"and"/"but" or the participle) of a coordinated speech act whose words open in tokens (from, to) of the
     * sentence, or -1.
     */
    static int openingAfter(Document doc, Sentence s, int from, int to) {
        if (!ENABLED) return -1;
        List<Token> tk = doc.tokens;
        for (int ci = Sorted.firstAtOrAfter(doc.cues, x -> x.token, from + 2); ci < doc.cues.size(); ci++) {
            Cue o = doc.cues.get(ci);
            if (o.token >= s.endToken || o.token > to) break;
            if (o.kind != Cue.Kind.VERB || doc.quoteAround(tk.get(o.token).start) != null) continue;
            int open = opening(doc, o.token);
            if (open > from && open < to && contentFollows(doc, s, Math.max(o.token, o.particle))) return open;
        }
        return -1;
    }

    /**
     * The earlier speech verb of the sentence whose subject the speech verb at {@code v} shares, or null: {@code v} follows
     * "und"/"and"/"but" after it. In "X sprach von … und forderte die Regierung auf, …" the government is the object.
     */
    static Cue earlierSpeechAct(Document doc, Sentence s, int v) {
        if (!ENABLED || v - 1 <= s.firstToken || !doc.tokens.get(v - 1).isAny("und", "and", "but")) return null;
        Cue earlier = null;
        for (int ci = Sorted.firstAtOrAfter(doc.cues, x -> x.token, s.firstToken); ci < doc.cues.size(); ci++) {
            Cue o = doc.cues.get(ci);
            if (o.token >= v - 1) break;
            if (o.kind == Cue.Kind.VERB && doc.quoteAround(doc.tokens.get(o.token).start) == null) earlier = o;
        }
        return earlier;
    }

    /** The statement made so far whose cue starts at offset {@code cueStart}, or null. */
    private static Draft draftOf(List<Draft> out, int cueStart) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Draft d = out.get(i);
            if (!d.cue.isEmpty() && d.cue.get(0).start() == cueStart) return d;
        }
        return null;
    }

    /** The statement made so far of the speech act {@code earlier} (null: none) when it has a speaker, or null. */
    static Draft draftWithSpeaker(List<Draft> out, Document doc, Cue earlier) {
        Draft first = earlier == null ? null : draftOf(out, doc.tokens.get(earlier.token).start);
        return first == null || first.speaker == null ? null : first;
    }

    /** Marks {@code d} as sharing the subject of {@code first} (null: nothing to share); returns {@code d}. */
    static Draft sharing(Draft d, Draft first) {
        if (d != null && first != null) {
            d.subjectOf = first;
            d.evidence.add("speech act coordinated with an earlier one: its subject");
        }
        return d;
    }

    /** Once speaker spans are final: a statement that shares an earlier speech act's subject takes its speaker span. */
    public static void shareSubjects(List<Draft> out) {
        for (Draft d : out) if (d.subjectOf != null && d.subjectOf.speaker != null) d.speaker = d.subjectOf.speaker;
    }

    /** The first token of the coordinating words before the speech verb at {@code v} (the comma, if any), or -1. */
    private static int opening(Document doc, int v) {
        List<Token> tk = doc.tokens;
        Token verb = tk.get(v), before = tk.get(v - 1);
        int k;
        if (before.isAny("und", "and", "but")) k = v - 1;
        else if (!doc.german() && verb.lower().endsWith("ing") && (before.is(",") || afterCommaQuote(doc, v))) k = v;
        else return -1;
        return k > 0 && tk.get(k - 1).is(",") ? k - 1 : k;
    }

    /** Whether a closing quotation mark after a comma comes right before token {@code v}: „…, process,“ adding that … */
    private static boolean afterCommaQuote(Document doc, int v) {
        List<Token> tk = doc.tokens;
        return v >= 2 && Clauses.isQuoteClose(doc, tk.get(v - 1)) && tk.get(v - 2).is(",");
    }

    /** Whether the content of the speech verb ending at token {@code e} opens within a few tokens. */
    private static boolean contentFollows(Document doc, Sentence s, int e) {
        List<Token> tk = doc.tokens;
        for (int k = e + 1; k < Math.min(s.endToken, e + 1 + CONTENT_WITHIN); k++) {
            Token t = tk.get(k);
            if (t.isAny(",", ":", "dass", "that", "ob", "whether") || Clauses.isQuoteOpen(t)) return true;
            if (t.isAny(".", ";", "und", "and")) return false;
        }
        return false;
    }
}
