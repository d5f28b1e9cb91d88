package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Set;
import static org.whosaid.analysis.engine.extract.rules.Clauses.shortQuoteEnd;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.readNP;

/**
 * The roles around a statement's content, as spans of the text: the cue ("hat angekündigt": auxiliary and participle),
 * the frame (the introducing clause), the channel ("im Staatsfernsehen", "in a statement") and the addressee
 * ("gegenüber der Zeitung", "teilte dem Sender Nordfunk mit", "told reporters").
 */
public final class Roles {
    private Roles() {}

    static final Set<String> CHANNEL_NOUNS = Set.of("fernsehen", "staatsfernsehen", "interview", "videobotschaft",
            "pressekonferenz", "sender", "radio", "rundfunk", "telegram", "twitter", "erklärung", "mitteilung", "rede",
            "ansprache", "talkshow", "podcast", "zeitung", "gespräch", "videoansprache", "fernsehinterview",
            "pressemitteilung", "stellungnahme", "brief", "schreiben", "beitrag", "post", "facebook", "instagram",
            "television", "tv", "statement", "press", "conference", "briefing", "speech", "letter");

    public static void addCueSpans(Document doc, Draft d, Cue c) {
        if (!d.cue.isEmpty()) return;
        List<Token> tk = doc.tokens;
        // "hat angekündigt", "hatte gesagt": the auxiliary belongs to the cue
        if (c.kind == Cue.Kind.VERB && tk.get(c.token).tags.contains("PA2")) {
            Sentence s = doc.sentences.get(c.sentence);
            int cs = CueFinder.clauseStart(doc, s, c.token);
            for (int k = c.token - 1; k >= cs; k--) {
                Token a = tk.get(k);
                if (a.onlyVerb() && !a.isCapitalized() && a.verbLemma != null && (a.verbLemma.equals("haben") || a.verbLemma.equals("sein") || a.verbLemma.equals("werden"))) {
                    d.cue.add(new Span(a.start, a.end));
                    break;
                }
            }
        }
        d.cue.add(new Span(tk.get(c.token).start, tk.get(c.endToken - 1).end));
        if (c.particle >= 0) d.cue.add(new Span(tk.get(c.particle).start, tk.get(c.particle).end));
        if (c.kind == Cue.Kind.VERB && doc.german()) correlate(doc, d, c);
        JudgementCue.addAls(doc, d);
        d.evidence.add(0, d.rule);
        d.evidence.add("cue: " + c.lemma + " (" + c.kind.name().toLowerCase() + ")");
    }

    /** "davon", "darauf", "darüber" … pointing at the content clause after the verb */
    static final Set<String> CORRELATES = Set.of("davon", "darauf", "dazu", "damit", "darüber", "daran", "dafür");

    /**
     * The correlate of the verb belongs to the cue: "Sie wies darauf hin, dass …", "Er geht davon aus, dass …" — a
     * "da(r)-" word right before the comma that opens the content (or before the separated particle there), at most
     * four tokens after the verb (or its particle), outside quotes.
     */
    static void correlate(Document doc, Draft d, Cue c) {
        List<Token> tk = doc.tokens;
        Sentence s = doc.sentences.get(c.sentence);
        int from = c.endToken, to = Math.min(s.endToken - 1, Math.max(c.endToken, c.particle + 1) + 4);
        for (int k = from; k < to; k++) {
            Token t = tk.get(k);
            if (CueFinder.isClauseBoundary(t)) return;
            // "darauf," or, before the separated particle, "darauf hin,"
            int after = k + 1 == c.particle && k + 2 < s.endToken ? k + 2 : k + 1;
            if (CORRELATES.contains(t.lower()) && tk.get(after).is(",") && doc.quoteAround(t.start) == null) {
                d.cue.add(new Span(t.start, t.end));
                return;
            }
        }
    }

    static void frame(Document doc, Draft d, int cs, int ce, boolean includeBoundary) {
        List<Token> tk = doc.tokens;
        if (ce <= cs) return;
        int end = Math.min(ce, tk.size()) - 1;
        d.frame.add(new Span(tk.get(cs).start, tk.get(end).end));
    }

    static void channel(Document doc, Draft d, int cs, int ce) {
        List<Token> tk = doc.tokens;
        for (int k = cs; k < ce; k++) {
            Token t = tk.get(k);
            if (!t.isAny("im", "in", "auf", "bei", "beim", "on", "in", "during")) continue;
            for (int j = k + 1; j < Math.min(ce, k + 4); j++) {
                if (isChannelNoun(tk.get(j).lower())) {
                    d.channel = new Span(t.start, tk.get(j).end);
                    return;
                }
            }
        }
    }

    /** "Fernsehen", "Regionalfernsehen", "Interview", "Fernsehinterview": channel nouns match as word endings */
    static boolean isChannelNoun(String lower) {
        if (CHANNEL_NOUNS.contains(lower)) return true;
        for (String c : CHANNEL_NOUNS) if (c.length() >= 5 && lower.endsWith(c) && lower.length() > c.length() + 2) return true;
        return false;
    }

    static void addressee(Document doc, Draft d, int v, int ce) {
        List<Token> tk = doc.tokens;
        // the mentions between the verb and the clause end (the layer is in token order)
        for (int i = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(doc.mentions, x -> x.token, v + 1); i < doc.mentions.size(); i++) {
            Mention m = doc.mentions.get(i);
            if (m.token >= ce) break;
            if (m.token <= v) continue;
            Token prev = tk.get(m.token - 1);
            if (prev.isAny("gegenüber", "told") || (prev.lower().equals("told") || tk.get(v).lower().equals("told") && m.token == v + 1)) {
                d.addressee = new Span(m.start, m.end);
                return;
            }
        }
        if (tk.get(v).lower().equals("told") && v + 1 < ce && tk.get(v + 1).isWord()) {
            int e = v + 1;
            while (e < ce && tk.get(e).isWord() && !tk.get(e).isAny("that", "on", "in", "at")) e++;
            if (e > v + 1) d.addressee = new Span(tk.get(v + 1).start, tk.get(e - 1).end);
            return;
        }
        if (!doc.german() || d.addressee != null) return;
        Sentence s = doc.sentences.get(tk.get(v).sentence);
        int cs = CueFinder.clauseStart(doc, s, v);
        // "gegenüber der Zeitung" anywhere in the cue clause
        for (int k = cs; k + 1 < Math.min(ce, s.endToken); k++) {
            if (!tk.get(k).isAny("gegenüber", "Gegenüber")) continue;
            int e = addresseeEnd(doc, s, k + 1);
            if (e > k + 1 && e <= ce && !speakerOverlaps(d, tk.get(k + 1).start, tk.get(e - 1).end)) {
                d.addressee = new Span(tk.get(k + 1).start, tk.get(e - 1).end);
                return;
            }
        }
        // a dative right after the verb: "teilte dem Sender Nordfunk mit", "sagte der „Hafenzeitung“" (the speaker named before)
        int k = v + 1;
        if (k < ce && (tk.get(k).isAny("dem", "einem") || (tk.get(k).isAny("der", "einer") && d.speaker != null
                && d.speaker.end <= tk.get(v).start && d.speaker.kind != Mention.Kind.GROUP))) {
            int e = addresseeEnd(doc, s, k);
            if (e > k + 1 && e <= ce && !speakerOverlaps(d, tk.get(k).start, tk.get(e - 1).end) && !d.overlaps(tk.get(k).start, tk.get(e - 1).end))
                d.addressee = new Span(tk.get(k).start, tk.get(e - 1).end);
        }
    }

    /** end of the addressee noun phrase starting at k: a mention, or [det] [adj]* Noun+ with a short quoted title */
    static int addresseeEnd(Document doc, Sentence s, int k) {
        for (Mention m : doc.mentions) {
            if (m.token == k) return m.endToken;
            if (m.token > k) break;
        }
        int e = readNP(doc, s, k);
        if (e < 0) {
            // "der „Hafenzeitung“"
            if (k + 1 < s.endToken && CueFinder.isDeterminer(doc.tokens.get(k).lower())) {
                int q = shortQuoteEnd(doc, s, k + 1);
                if (q > k + 1) return q;
            }
            return -1;
        }
        return Math.max(e, shortQuoteEnd(doc, s, e));
    }

    static boolean speakerOverlaps(Draft d, int start, int end) {
        return d.speaker != null && d.speaker.start < end && start < d.speaker.end;
    }
}
