package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.Sorted;

import java.util.List;
import java.util.Set;
import static org.whosaid.analysis.engine.extract.rules.Clauses.tk;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.extendSource;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.mentionStartingAt;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.npMention;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.readNP;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.sourcePhrase;

/**
 * Who speaks in a cue clause: the subject before the verb ("Die Ministerin sagte"), after it (German verb-second
 * "sagte die Ministerin", English "said Ushakov"), the agent of a passive ("Von den Behörden wird angenommen"), or the
 * sentence's first subject-like mention as a fallback. Mentions governed by a preposition or an oblique article
 * ("dem Minister") are never subjects.
 */
final class Subjects {
    private Subjects() {}

    /** English forms of "tell": the mention after them is the addressee ("told reporters", "tells the Post") */
    static final Set<String> TELL = Set.of("told", "tell", "tells", "telling");

    /** "Die Armeeleitung hingegen sprach von …": a connective between the subject noun phrase and the verb */
    static final boolean CONNECTIVE_BEFORE_VERB = !Boolean.getBoolean("whosaid.noConnective");

    static final Set<String> CONNECTIVES = Set.of("hingegen", "dagegen", "jedoch", "aber", "allerdings", "indes", "indessen",
            "wiederum", "ihrerseits", "seinerseits", "ebenfalls", "selbst");

    /** subject before the verb in its clause: the first mention not governed by a preposition or oblique article */
    static Mention speakerBefore(Document doc, Sentence s, int cs, int v) {
        Mention first = null;
        // the mentions from token cs to v only (the layer is in token order; a walk over all made long texts quadratic)
        for (int mi = Sorted.firstAtOrAfter(doc.mentions, x -> x.token, cs); mi < doc.mentions.size(); mi++) {
            Mention m = doc.mentions.get(mi);
            if (m.token > v) break;
            if (m.sentence != s.index) continue;
            if (m.token < cs || m.endToken > v) continue;
            if (m.governed || isOblique(doc, m) || doc.quoteAround(m.start) != null) continue;
            if (m.kind == Mention.Kind.PLACE && m.token > cs) continue;
            // English subject-verb order: the subject is the mention nearest the verb ("Kremlin aide X said")
            if (first == null || !doc.german() && m.token >= first.endToken) first = m;
            // German possessive country before the person: "Nordlands Chefunterhändler Tomas Brede sagte" is Brede
            else if (doc.german() && possessiveBefore(doc, first, m)) first = m;
        }
        // German verb-second: "Weitere Details nannte er nicht", "Gegenüber dem Sender berichtete Eva Brandt":
        // the subject right after the verb wins over a fronted object or adverbial
        if (doc.german() && v > cs && v + 1 < s.endToken && (first == null || first.token > cs)) {
            Mention post = mentionStartingAt(doc, v + 1);
            if (post != null && post.sentence == s.index && !post.governed && !isOblique(doc, post)
                    && doc.quoteAround(post.start) == null
                    && (post.kind == Mention.Kind.PRONOUN || (first != null && (post.kind == Mention.Kind.NAME || post.kind == Mention.Kind.ROLE))))
                return post;
        }
        if (first == null && doc.german()) {
            // a plain noun phrase as subject: "Die Mönche sagten", "Der 58-Jährige hatte geschrieben"
            int np = SubjectPhrase.start(doc, s, cs);  // "Auch die Reederei hatte erklärt"
            int e = SubjectPhrase.end(doc, s, np);
            if (e > np) e = extendSource(doc, s, e); // "Die Veranstalter der Kundgebung erklären"
            if (e > np && (e == v || (e < v && tk(doc, e).onlyVerb() && e + 1 >= v - 3)
                    || (CONNECTIVE_BEFORE_VERB && e + 1 == v && CONNECTIVES.contains(tk(doc, e).text)))
                    && !timePhrase(doc, np, e) && !ObliqueSpeaker.opensOblique(doc, np)) first = npMention(doc, s, np, e);
            // "Zuvor hatte die Hafenbehörde mitgeteilt": the subject between auxiliary and participle
            if (first == null) first = MidfieldSubject.before(doc, s, cs, v);
        }
        return first;
    }

    /** "Mitte Mai 2009 meldete der Verband", "10 Uhr MEZ": a fronted time is no subject ({@link SubjectPhrase#timePhrase}) */
    static boolean timePhrase(Document doc, int from, int to) {
        return SubjectPhrase.timePhrase(doc, from, to);
    }

    /** subject after the verb: the first mention in [from, to) not governed by a preposition */
    static Mention speakerAfter(Document doc, Sentence s, int from, int to) {
        // English "…, she told the Harbour Post": the noun phrase after "told" is the addressee, never the speaker
        if (!doc.german() && from > s.firstToken && from - 1 < doc.tokens.size() && TELL.contains(doc.tokens.get(from - 1).lower())) return null;
        // from the first mention at the verb's next token (the layer is in token order; issue 15)
        for (int mi = Sorted.firstAtOrAfter(doc.mentions, x -> x.token, from); mi < doc.mentions.size(); mi++) {
            Mention m = doc.mentions.get(mi);
            if (m.token >= to) break;
            if (m.sentence != s.index) continue;
            if (m.token < from) continue;
            // English puts a subject after the verb only right after it: "said Ushakov", not "said in a video the X posted"
            if (!doc.german() && m.token > from) break;
            if (m.governed || isOblique(doc, m) || doc.quoteAround(m.start) != null) continue;
            return m;
        }
        if (doc.german() && from < to) {
            int k = from;
            if (k < to && !doc.tokens.get(k).isCapitalized() && !CueFinder.isDeterminer(doc.tokens.get(k).lower()) && !doc.tokens.get(k).isPunct()) k++;
            if (k < to && CueFinder.isDeterminer(doc.tokens.get(k).lower()) && !doc.tokens.get(k).isAny("den", "dem", "einem", "einen", "des", "eines")) {
                int e = SubjectPhrase.end(doc, s, k);
                if (e > k + 1 && e <= to) return npMention(doc, s, k, e);
            }
        }
        return null;
    }

    /**
     * the agent of a passive cue clause: "Von den Behörden wird angenommen, …", "Von Seiten der Delegation war gefordert
     * worden, …" (the noun phrase after von / von Seiten)
     */
    static Mention passiveAgent(Document doc, Sentence s, int cs, int ce, int v) {
        if (!doc.german()) return null;
        List<Token> tk = doc.tokens;
        if (!tk.get(v).tags.contains("PA2")) return null;
        boolean passive = false;
        for (int k = cs; k < ce; k++) if (tk.get(k).verbLemma != null && tk.get(k).verbLemma.equals("werden") && !tk.get(k).isCapitalized() || tk.get(k).isAny("Wird", "Wurde")) passive = true;
        if (!passive) return null;
        for (int k = cs; k + 1 < ce; k++) {
            if (!tk.get(k).isAny("von", "Von", "vom", "Vom")) continue;
            int from = k + 1;
            if (tk.get(from).isAny("Seiten") && from + 1 < ce) from++;
            Mention m = null;
            for (Mention x : doc.mentions) {
                if (x.token == from && x.endToken <= ce) { m = x; break; }
                if (x.token > from) break;
            }
            int e = m != null ? m.endToken : readNP(doc, s, from);
            if (e <= from || e > ce) continue;
            e = extendSource(doc, s, e);
            if (e > ce) e = ce;
            return sourcePhrase(doc, s, from, e, m);
        }
        return null;
    }

    /** fallback: the first subject-like mention of the sentence before the cue ("Der US-Präsident hatte … gesagt: …") */
    static Mention sentenceSubject(Document doc, Sentence s, int v) {
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index || m.token >= v) continue;
            if (m.governed || isOblique(doc, m) || doc.quoteAround(m.start) != null) continue;
            if (m.kind == Mention.Kind.PLACE) continue;
            return m;
        }
        return null;
    }

    /**
     * "Nordlands Chef-Unterhändler Tomas Brede": a place or institution in the genitive ("-s") followed, at most two
     * capitalised nouns later, by a person's name or role: the person is the subject, the place only qualifies them
     */
    static boolean possessiveBefore(Document doc, Mention first, Mention m) {
        if (first.kind != Mention.Kind.PLACE && first.kind != Mention.Kind.INSTITUTION) return false;
        if (m.kind != Mention.Kind.NAME && m.kind != Mention.Kind.ROLE) return false;
        if (!doc.tokens.get(first.endToken - 1).text.endsWith("s") || m.token < first.endToken || m.token > first.endToken + 2) return false;
        for (int k = first.endToken; k < m.token; k++) {
            Token t = doc.tokens.get(k);
            if (!t.isWord() || !t.isCapitalized()) return false;
        }
        return true;
    }

    static boolean isOblique(Document doc, Mention m) {
        String l = doc.tokens.get(m.token).lower();
        return l.equals("den") || l.equals("dem") || l.equals("einem") || l.equals("einen") || l.equals("des") || l.equals("eines");
    }

    static Mention firstSubject(Document doc, Sentence s, int before) {
        for (Mention m : doc.mentions) {
            if (m.sentence == s.index && !m.governed && !isOblique(doc, m) && m.token < s.endToken) return m;
        }
        return null;
    }

    /**
     * the speaker of the cue at {@code v} in the clause [cs, ce): the subject before the verb, else after it, else a
     * passive agent, else the sentence's subject ("Die Sprecherin sagte", "sagte die Sprecherin", "Von der Stadt
     * wurde mitgeteilt")
     */
    static Mention ofCue(Document doc, Sentence s, int cs, int ce, int v) {
        Mention sp = speakerBefore(doc, s, cs, v);
        if (sp == null) sp = speakerAfter(doc, s, v + 1, ce);
        if (sp == null) sp = passiveAgent(doc, s, cs, ce, v);
        if (sp == null) sp = SourcePassive.of(doc, s, cs, v);
        if (sp == null) sp = sentenceSubject(doc, s, v);
        if (sp == null) sp = SharedNounSubject.of(doc, s, cs, v);
        return sp;
    }
}
