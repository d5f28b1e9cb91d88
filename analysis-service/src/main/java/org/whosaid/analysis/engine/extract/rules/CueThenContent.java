package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Set;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * {@code cue-then-content}: the content after the cue clause's comma or colon, if it is a quote, a dass/ob clause,
 * has a Konjunktiv verb or a zu-infinitive: "Die Ministerin sagte, der Hafen bleibe zu.", "sagte sie: „…“"
 * ({@code cue-then-quote} when the quote ends the sentence), "antwortete auf die Frage, ob …: „…“"
 * ({@code cue-question-quote}), "erklärte sich bereit, … zu …" (a commitment: {@code speech-act}). The content ends
 * before a trailing cue clause of its own ("…, fügte er hinzu.").
 */
final class CueThenContent {
    private CueThenContent() {}

    static final boolean DAMIT_ADVERB = !Boolean.getBoolean("whosaid.noDamitAdverb");

    /** The statement whose content follows the cue clause's comma or colon, or null (rules: the class comment). */
    static Draft apply(VerbClause x) {
        Document doc = x.doc;
        Sentence s = x.s;
        List<Token> tk = doc.tokens;
        int cs = x.cs, ce = x.ce, v = x.v;
        // English "X noted that A, but said B": the that-clause inside the cue clause is the content, not what follows the comma
        int thatInClause = doc.german() ? -1 : thatWithin(doc, s, v + 1);
        if (!(ce < s.endToken && tk.get(ce).isAny(",", ":") && ce + 1 < s.endToken && !(thatInClause > 0 && thatInClause < ce))) return null;
        int k = ce + 1;
        Token t = tk.get(k);
        QuoteSpan q = doc.quoteAround(t.start);
        if (q == null && isQuoteOpen(t)) q = doc.quoteAround(t.start);
        boolean quoteContent = q != null && q.start == t.start && q.parent < 0;
        if (!contentFollows(x, k, quoteContent)) return null;
        if (!quoteContent && agencyCredit(doc, s, k)) return null;
        Mention sp = speakerBefore(doc, s, cs, v);
        // "erklärte sich bereit, … zu …": a commitment, reported as a whole sentence
        boolean bereit = false;
        for (int b = cs; b < ce; b++) if (tk.get(b).isAny("bereit")) bereit = true;
        if (bereit && !quoteContent) {
            if (sp == null) sp = speakerAfter(doc, s, v + 1, ce);
            Draft r = new Draft(Form.Reported, "speech-act", s.index, 0.5);
            r.quote.add(new Span(s.start, s.end));
            r.speaker = sp;
            return r;
        }
        // "… und forderte die Regierung auf, …": the first speech act's subject, not the object after the verb
        Cue earlier = CoordinatedCue.earlierSpeechAct(doc, s, v);
        boolean shared = earlier != null;
        Draft first = CoordinatedCue.draftWithSpeaker(x.out, doc, earlier);
        if (first != null) sp = first.speaker;
        if (sp == null && !shared) sp = speakerAfter(doc, s, v + 1, ce);
        if (sp == null && !shared) sp = passiveAgent(doc, s, cs, ce, v);
        if (sp == null) sp = SourcePassive.of(doc, s, cs, v);
        if (sp == null) sp = sentenceSubject(doc, s, v);
        if (sp == null) sp = SharedNounSubject.of(doc, s, cs, v);
        return CoordinatedCue.sharing(draft(x, k, quoteContent ? q : null, sp), first);
    }

    /**
     * Whether the words from token {@code k} (right after the comma or colon) are reported content: a quote, a
     * complementizer, anything after a colon, a clause with a reported verb or a zu-infinitive, a wh-question after
     * "fragen"; not a relative or subordinate clause (except adverbial "damit"/"da"), nor a clause with a cue of its own.
     */
    private static boolean contentFollows(VerbClause x, int k, boolean quoteContent) {
        Document doc = x.doc;
        Sentence s = x.s;
        List<Token> tk = doc.tokens;
        Token t = tk.get(k);
        boolean relative = isRelativeStart(tk, s, k)
                || (k + 1 < s.endToken && PREPOSITIONS.contains(t.lower()) && isRelativeStart(tk, s, k + 1));
        boolean ok = quoteContent || COMPLEMENTIZERS.contains(t.lower()) || tk.get(x.ce).is(":")
                || (!relative && hasReportedVerb(doc, s, k, x.sentEnd, x.c)) || zuInfinitive(doc, s, k)
                || (t.isAny("wie", "was", "wer", "wo") && x.c.lemma.equals("fragen"));
        boolean startsWithCue = startsWithCue(x, k, quoteContent);
        // "erklärte, damit solle …": "damit"/"da" right before a finite verb is an adverb (verb-second), not a conjunction
        boolean adverb = DAMIT_ADVERB && t.isAny("damit", "da") && k + 1 < s.endToken && tk.get(k + 1).onlyVerb()
                && !tk.get(k + 1).isCapitalized();
        return !(!ok || isSubordinator(t) && !adverb || (relative && !quoteContent) || startsWithCue
                || !doc.german() && !quoteContent && ABSOLUTE.contains(t.lower()));
    }

    /** English "…, with the mayor touting the talks": a phrase after the comma that opens like this is no content */
    private static final Set<String> ABSOLUTE = Set.of("with", "without", "amid", "despite");

    /** Whether the clause after the comma at {@code k} is a statement of its own: it starts with or has its own speech verb. */
    private static boolean startsWithCue(VerbClause x, int k, boolean quoteContent) {
        Document doc = x.doc;
        Token t = doc.tokens.get(k);
        if (verbCueAt(doc, k)) return true;
        // "… agreed to hold a summit, Ushakov said.": a subject and its own speech verb follow the comma
        if (!quoteContent && subjectThenCue(doc, k)) return true;
        // "äußerte sich positiv, auch X sprach von …": the next clause has a speech verb of its own
        return doc.german() && !quoteContent && !COMPLEMENTIZERS.contains(t.lower()) && !doc.tokens.get(x.ce).is(":")
                && ownCueInClause(doc, x.s, k);
    }

    /**
     * The statement of content starting at token {@code k}: {@code cue-then-quote} for a quote ({@code q}, null when the
     * content is no quote) that ends the sentence, a question quote after a colon, else {@code cue-then-content} up to a
     * trailing cue clause (or the quote's end); with speaker {@code sp}, frame, channel and addressee.
     */
    private static Draft draft(VerbClause x, int k, QuoteSpan q, Mention sp) {
        Document doc = x.doc;
        Sentence s = x.s;
        Draft d;
        if (q != null && q.end >= endOfSentenceText(doc, s) - 1) {
            d = new Draft(Form.Direct, "cue-then-quote", s.index, 0.9);
            d.quote.add(new Span(q.innerStart, q.innerEnd));
            q.used = true;
        } else {
            int end = beforeTrailingCue(doc, s, k, x.sentEnd);
            if (q != null && q.end > end) end = q.end;
            QuoteSpan afterColon = quoteAfterColon(doc, s, k, x.sentEnd);
            if (afterColon != null) return questionQuote(x, afterColon, sp);
            d = contentDraft(doc, s, doc.tokens.get(k).start, end, "cue-then-content", 0.85);
        }
        d.speaker = sp;
        frame(doc, d, x.cs, x.ce + 1, true);
        channel(doc, d, x.cs, x.ce);
        addressee(doc, d, x.v, x.ce);
        return d;
    }

    /**
     * a mention starting at token k is followed directly by a speech verb cue ("Ushakov said", "the minister told"); not
     * by a pronoun and a cue in Konjunktiv I, which report inside the content ("sagte, sie glaube, dass …")
     */
    private static boolean subjectThenCue(Document doc, int k) {
        for (Mention m : SentenceMentions.starting(doc, k, k + 1)) {
            if (!verbCueAt(doc, m.endToken)) continue;
            if (KonjunktivCueInside.ENABLED && doc.german() && m.kind == Mention.Kind.PRONOUN
                    && Moods.distinctKonj1(doc.tokens.get(m.endToken))) continue;
            return true;
        }
        return false;
    }

    /** any speech-verb cue at token tok (cues are in text order: a binary search, then the cues at that token) */
    private static boolean verbCueAt(Document doc, int tok) {
        for (int i = Cues.firstAtOrAfter(doc, tok); i < doc.cues.size() && doc.cues.get(i).token == tok; i++) {
            if (doc.cues.get(i).kind == Cue.Kind.VERB) return true;
        }
        return false;
    }

    /**
     * "…,” Venn said, AFP." / "sagte er, dpa": one or two capitalised words (an agency or outlet credit, "Reuters",
     * "AP", "dpa/AFP") from token k to the end of the sentence are no content
     */
    static boolean agencyCredit(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int words = 0;
        for (int i = k; i < s.endToken; i++) {
            Token t = tk.get(i);
            if (t.isAny(".", "/", "(", ")", "!", "?")) continue;
            if (!t.isWord() || !Character.isUpperCase(t.text.charAt(0)) || ++words > 2) return false;
        }
        return words > 0;
    }

    /** a trailing cue clause of another speaker ends the content: "X habe gesagt, „…“, fügte er hinzu." */
    private static int beforeTrailingCue(Document doc, Sentence s, int k, int sentEnd) {
        List<Token> tk = doc.tokens;
        int coordinated = CoordinatedCue.startAfter(doc, s, k); // "…, und fügte hinzu, dass …": a statement of its own
        if (coordinated >= 0) return coordinated;
        // the cues after token k in this sentence only (the layer is in token order; a walk over all was quadratic)
        for (int ci = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(doc.cues, x -> x.token, k + 1); ci < doc.cues.size(); ci++) {
            Cue o = doc.cues.get(ci);
            if (o.token >= s.endToken) break;
            if (o.sentence != s.index || o.token <= k || o.kind != Cue.Kind.VERB) continue;
            int ocs = CueFinder.clauseStart(doc, s, o.token);
            if (ocs > k && tk.get(ocs - 1).is(",") && (o.token == ocs || o.token == ocs + 1)
                    && lastClause(doc, s, CueFinder.clauseEnd(doc, s, Math.max(o.token, o.particle)))) {
                return tk.get(ocs - 1).start;
            }
        }
        return sentEnd;
    }

    /** "antwortete auf die Frage, ob …: „Das tut sie.“" — the quote is the statement */
    private static Draft questionQuote(VerbClause x, QuoteSpan afterColon, Mention sp) {
        Draft d = new Draft(Form.Direct, "cue-question-quote", x.s.index, 0.85);
        d.quote.add(new Span(afterColon.innerStart, afterColon.innerEnd));
        afterColon.used = true;
        d.speaker = sp;
        d.frame.add(new Span(x.doc.tokens.get(x.cs).start, afterColon.start));
        addressee(x.doc, d, x.v, x.ce);
        return d;
    }
}
