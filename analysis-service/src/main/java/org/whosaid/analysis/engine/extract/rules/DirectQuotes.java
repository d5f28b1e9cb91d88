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

import java.util.ArrayList;
import java.util.List;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.previous;
import static org.whosaid.analysis.engine.extract.rules.Roles.addCueSpans;
import static org.whosaid.analysis.engine.extract.rules.Roles.frame;
import static org.whosaid.analysis.engine.extract.rules.Subjects.sentenceSubject;
import static org.whosaid.analysis.engine.extract.rules.Subjects.speakerAfter;
import static org.whosaid.analysis.engine.extract.rules.Subjects.speakerBefore;
import static org.whosaid.analysis.engine.extract.rules.Contents.direct;

/**
 * Direct quotes not yet taken by a cue rule, in text order: {@code quote-then-cue} ("„…“, sagte er."),
 * {@code cue-then-quote} ("Sie sagte am Abend: „…“"), {@code partial-quote-in-cue-sentence} ("Das Treffen nannte sie
 * „sehr gut“"), {@code quote-continues-speaker} (a whole-sentence quote after a statement of the last two sentences),
 * {@code partial-quote-continues-speaker} (five quoted words or more in the narrating sentence after a statement, no
 * person named there) and {@code quote-unattributed} (six words or more, no speaker). Short quotes of capitalised
 * words name things ("„Hafenzeitung“") and make no statement.
 */
public final class DirectQuotes {
    private DirectQuotes() {}

    /** Attributes each open direct quote no statement covers yet, in text order (the rules: {@link #attribute}). */
    public static void apply(Document doc, List<Draft> out) {
        SpanCover cover = new SpanCover(doc.text.length(), out);
        for (QuoteSpan q : doc.quotes) {
            if (q.used || q.parent >= 0 || q.words < 1) continue;
            if (cover.covers(q.innerStart, q.innerEnd)) continue;
            Sentence ss = doc.sentenceAt(q.start);
            Sentence se = doc.sentenceAt(q.end - 1);
            if (ss == null || se == null || !ss.body || ss.headline) continue;
            Draft d = attribute(doc, q, ss, se, out);
            if (d != null) {
                q.used = true;
                out.add(d);
                cover.add(d);
            }
        }
    }

    /**
     * The statement of one open quote (starting in sentence {@code ss}, ending in {@code se}) by the first rule that
     * takes it, in this order: a cue after it, a cue before it, a cue in the sentence of a partial quote, a subject
     * opening a colon clause, the speaker of a statement just before; null when none does. Quotes that look like
     * titles only continue a speaker.
     */
    private static Draft attribute(Document doc, QuoteSpan q, Sentence ss, Sentence se, List<Draft> out) {
        Draft d = null;
        if (!titleLike(doc, q)) {
            d = cueAfter(doc, q, se);
            if (d == null) d = cueBefore(doc, q, ss);
            if (d == null && partialQuote(doc, ss, q)) d = partialWithCue(doc, q, ss);
            // "Verbandschef Wettberg blieb zurückhaltend: „…“": the person opening the colon clause
            if (d == null && q.words >= 3) d = SubjectColonQuote.draft(doc, ss, q);
        }
        if (d == null && startsSentence(doc, ss, q) && q.words >= 3) d = continuing(doc, q, ss, out);
        return d;
    }

    /**
     * {@code quote-then-cue}: the first verb cue after the quote in the sentence it ends in, when its clause starts
     * right after the quote ("„…“, sagte er." / "„…“ sagte er"); the speaker after the cue, else before it.
     */
    private static Draft cueAfter(Document doc, QuoteSpan q, Sentence se) {
        int afterTok = doc.tokenAt(q.end);
        for (Cue c : Cues.inSentence(doc, se)) {
            if (c.sentence != se.index || c.token < afterTok || c.kind != Cue.Kind.VERB) continue;
            int cs = CueFinder.clauseStart(doc, se, c.token);
            if (cs > afterTok + 1) return null;
            int ce = CueFinder.clauseEnd(doc, se, Math.max(c.token, c.particle));
            Draft d = direct(doc, q, se, "quote-then-cue", 0.85);
            d.speaker = speakerAfter(doc, se, c.token + 1, ce);
            if (d.speaker == null) d.speaker = speakerBefore(doc, se, cs, c.token);
            return withCue(doc, d, c, cs, ce);
        }
        return null;
    }

    /** The cue's words, its medium and the frame of its clause {@code [cs, ce)} added to a draft of a quote. */
    private static Draft withCue(Document doc, Draft d, Cue c, int cs, int ce) {
        addCueSpans(doc, d, c);
        d.medium = c.medium;
        frame(doc, d, cs, ce, false);
        return d;
    }

    /**
     * {@code cue-then-quote} (or {@code partial-quote-in-cue-sentence}): the last verb cue before the quote opens in
     * its sentence, when its clause reaches the quote or the quote is partial ("Selenskyj sagte am Abend: „…“"); the
     * speaker before the cue, else after it, else the sentence's subject.
     */
    private static Draft cueBefore(Document doc, QuoteSpan q, Sentence ss) {
        int beforeTok = doc.tokenAt(q.start) - 1;
        List<Cue> inSentence = Cues.inSentence(doc, ss);
        for (int ci = inSentence.size() - 1; ci >= 0; ci--) {
            Cue c = inSentence.get(ci);
            if (c.sentence != ss.index || c.token > beforeTok || c.kind != Cue.Kind.VERB) continue;
            int cs = CueFinder.clauseStart(doc, ss, c.token);
            int ce = CueFinder.clauseEnd(doc, ss, Math.max(c.token, c.particle));
            boolean adjacent = ce >= beforeTok - 1 || partialQuote(doc, ss, q);
            if (!adjacent) return null;
            Draft d = direct(doc, q, ss, partialQuote(doc, ss, q) ? "partial-quote-in-cue-sentence" : "cue-then-quote", 0.8);
            d.speaker = speakerBefore(doc, ss, cs, c.token);
            if (d.speaker == null) d.speaker = speakerAfter(doc, ss, c.token + 1, ce);
            if (d.speaker == null) d.speaker = sentenceSubject(doc, ss, c.token);
            return withCue(doc, d, c, cs, ce);
        }
        return null;
    }

    /**
     * {@code partial-quote-in-cue-sentence}: a partial quote in a sentence with a verb cue after it ("Sein Treffen
     * nannte Selenskyj „sehr gut“"), the first such cue; the speaker before the cue, else after it, else the subject.
     */
    private static Draft partialWithCue(Document doc, QuoteSpan q, Sentence ss) {
        for (Cue c : Cues.inSentence(doc, ss)) {
            if (c.sentence != ss.index || c.kind != Cue.Kind.VERB) continue;
            int cs = CueFinder.clauseStart(doc, ss, c.token);
            int ce = CueFinder.clauseEnd(doc, ss, Math.max(c.token, c.particle));
            Draft d = direct(doc, q, ss, "partial-quote-in-cue-sentence", 0.7);
            d.speaker = speakerBefore(doc, ss, cs, c.token);
            if (d.speaker == null) d.speaker = speakerAfter(doc, ss, c.token + 1, ce);
            if (d.speaker == null) d.speaker = sentenceSubject(doc, ss, c.token);
            addCueSpans(doc, d, c);
            return d;
        }
        return null;
    }

    /**
     * A whole-sentence quote continuing the speaker of a statement of the last two sentences
     * ({@code quote-continues-speaker}); without one, six words or more make {@code quote-unattributed}; else null.
     */
    private static Draft continuing(Document doc, QuoteSpan q, Sentence ss, List<Draft> out) {
        Draft prev = previous(out, ss.index, 2);
        if (prev != null && (prev.speaker != null || prev.speakerFrom != null)) {
            Draft d = direct(doc, q, ss, "quote-continues-speaker", 0.65);
            d.speakerFrom = prev;
            return d;
        }
        return q.words >= 6 ? direct(doc, q, ss, "quote-unattributed", 0.35) : null;
    }

    /**
     * A partial quote of five words or more in a narrating sentence right after a statement, naming nobody else,
     * continues that statement ({@code partial-quote-continues-speaker}): "Die Gespräche berührten auch die „Zukunft
     * der Zusammenarbeit zwischen beiden Häfen“." Runs after the Konjunktiv continuations, which take such a sentence
     * whole when it is in indirect speech.
     */
    public static void partialContinues(Document doc, List<Draft> out) {
        if (!PARTIAL_CONTINUES) return;
        SpanCover cover = new SpanCover(doc.text.length(), out);
        for (QuoteSpan q : doc.quotes) {
            if (q.used || q.parent >= 0 || q.words < PARTIAL_WORDS) continue;
            if (cover.covers(q.innerStart, q.innerEnd)) continue;
            Sentence ss = doc.sentenceAt(q.start);
            if (ss == null || ss != doc.sentenceAt(q.end - 1) || !ss.body || ss.headline) continue;
            if (titleLike(doc, q) || startsSentence(doc, ss, q) || namesAPerson(doc, ss, q)) continue;
            Draft prev = previous(out, ss.index, 1);
            if (prev == null || prev.sentence != ss.index - 1 || (prev.speaker == null && prev.speakerFrom == null)) continue;
            Draft d = direct(doc, q, ss, "partial-quote-continues-speaker", 0.55);
            d.speakerFrom = prev;
            d.evidence.add("quoted words in the sentence after the statement in sentence " + (prev.sentence + 1));
            q.used = true;
            out.add(d);
            cover.add(d);
        }
    }

    /** partial quotes in a narrating sentence continue the statement of the sentence before (issue 13) */
    static final boolean PARTIAL_CONTINUES = !Boolean.getBoolean("whosaid.noPartialContinues");
    static final int PARTIAL_WORDS = 5;

    /** whether a name, role or pronoun outside the quote could be the sentence's speaker */
    static boolean namesAPerson(Document doc, Sentence s, QuoteSpan q) {
        for (org.whosaid.analysis.engine.layer.Mention m : doc.mentions) {
            if (m.sentence != s.index || (m.start >= q.start && m.end <= q.end)) continue;
            if (m.personLike()) return true;
        }
        return false;
    }

    /**
     * A whole-sentence quote left without a speaker because the statement before it was only found later (a
     * Konjunktiv continuation between the cue and the quote: "X sagte: „…“ Die Lage sei ernst. „…“") continues the
     * statement of the last two sentences once that statement exists ({@code quote-continues-speaker}). Returns
     * whether any quote was re-attached. Looks only at drafts of the two sentences before each quote.
     */
    public static boolean reattach(List<Draft> out) {
        boolean any = false;
        List<Draft> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparingInt(x -> x.sentence));
        for (Draft d : sorted) {
            if (!d.rule.equals("quote-unattributed") || d.speaker != null || d.speakerFrom != null) continue;
            Draft prev = previous(out, d.sentence, 2);
            if (prev == null) continue;
            d.rule = "quote-continues-speaker";
            d.confidence = 0.6;
            d.speakerFrom = prev;
            d.evidence.add("whole-sentence quote after the statement in sentence " + (prev.sentence + 1));
            any = true;
        }
        return any;
    }

    /** "„Washington Post“", "„Shenzhou 6“", "„Le Canard enchaîné“": short quotes of capitalised words name things */
    static boolean titleLike(Document doc, QuoteSpan q) {
        if (q.words > 4) return false;
        int i = doc.tokenAt(q.innerStart);
        boolean anyWord = false;
        for (; i < doc.tokens.size() && doc.tokens.get(i).start < q.innerEnd; i++) {
            Token t = doc.tokens.get(i);
            if (!t.isWord()) continue;
            anyWord = true;
            if (!t.isCapitalized() && !t.isAny("de", "la", "le", "of", "the", "von", "der", "und", "and", "des", "du", "et", "for")) return false;
        }
        if (!anyWord) return false;
        // a single capitalised German common noun can be a partial quote ("„Gesindel“")
        if (q.words == 1 && doc.german()) {
            Token t = doc.tokens.get(doc.tokenAt(q.innerStart));
            return !(t.isNoun() && !t.isProperName());
        }
        return true;
    }

    static boolean partialQuote(Document doc, Sentence s, QuoteSpan q) {
        return !startsSentence(doc, s, q) && q.end <= s.end;
    }

    static boolean startsSentence(Document doc, Sentence s, QuoteSpan q) {
        if (q.start <= s.start) return true;
        String before = doc.text.substring(s.start, q.start).strip();
        return before.isEmpty() || before.equals("–") || before.equals("-") || before.endsWith(":");
    }
}
