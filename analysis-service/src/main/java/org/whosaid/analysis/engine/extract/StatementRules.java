package org.whosaid.analysis.engine.extract;

import org.whosaid.analysis.engine.Document;
import org.whosaid.analysis.engine.extract.rules.CoordinatedSpeaker;
import org.whosaid.analysis.engine.extract.rules.Cues;
import org.whosaid.analysis.engine.extract.rules.SentenceMentions;
import org.whosaid.analysis.engine.extract.rules.DativePronounSource;
import org.whosaid.analysis.engine.extract.rules.EnglishSubjectCue;
import org.whosaid.analysis.engine.extract.rules.HeadlineClaim;
import org.whosaid.analysis.engine.extract.rules.KonjunktivRun;
import org.whosaid.analysis.engine.extract.rules.ParticipleThat;
import org.whosaid.analysis.engine.extract.rules.ReportedFrame;
import org.whosaid.analysis.engine.extract.rules.SpeakerColonLine;
import org.whosaid.analysis.engine.extract.rules.TrailingApposition;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Medium;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.speakers.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The statement rules. Each rule combines the layers (sentences, tokens, quotes, cues, mentions) into {@link Draft}s.
 * Rule names appear in every statement's {@code rule} and evidence.
 *
 * <p>Cue rules (one statement per cue, in sentence order):
 * <ul>
 *   <li>{@code cue-then-content}: "Selenskyj sagte, die Gespräche …", "sagte Selenskyj: „…“", "betont, dass …" — the
 *       content after the cue clause's comma/colon, if it is a quote, a dass/ob clause, has a Konjunktiv verb or a
 *       zu-infinitive (for announcing verbs);</li>
 *   <li>{@code content-then-cue}: "„…“, forderte er." / "…, sagte Selenskyj." — a cue clause that starts with the verb
 *       and closes the sentence takes everything before it (back to the opening mark of a quote that began earlier);</li>
 *   <li>{@code das-cue}: "Das erklärte der Kreml-Berater X." — the previous sentence is the content;</li>
 *   <li>{@code wie-cue}: "…, wie X mitteilte." — the rest of the sentence (or, when the sentence already has a
 *       statement, X becomes its intermediary);</li>
 *   <li>{@code speech-act}: "Sie forderte erneut Hilfe für die Hafenarbeiter." — an act verb with a subject and no clause:
 *       the whole sentence is a Reported statement;</li>
 *   <li>markers {@code laut}, {@code zufolge}, {@code nach-angaben}, {@code so}, {@code hiess-es}, {@code demnach},
 *       {@code wonach}, {@code according-to}: the sentence without the marker phrase is the content.</li>
 * </ul>
 * Then {@code quote-*} rules attach remaining direct quotes (cue after/before the quote, partial quotes in a cue
 * sentence, bare quotes continuing the previous speaker), {@code konjunktiv-continues} attaches Konjunktiv-I sentences
 * to the previous speaker, {@code nested-quote} adds the quoted words inside indirect speech, and statements reported
 * inside another statement get its id as {@code parentId}.
 */
public final class StatementRules {
    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob", "wonach", "warum", "wann",
            "weshalb", "wieso", "that", "whether", "if", "how", "why", "what", "when", "who");
    /** words that open a relative clause after a comma: such a clause is not reported content */
    private static final Set<String> RELATIVE = Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen",
            "welche", "welcher", "welches", "welchem", "welchen", "was", "wo", "womit", "wobei", "which", "who", "whom");
    private static final Set<String> DAS_SUBJECT = Set.of("Das", "Dies", "Dieses", "So", "This", "That");
    private static final Set<String> CHANNEL_NOUNS = Set.of("fernsehen", "staatsfernsehen", "interview", "videobotschaft",
            "pressekonferenz", "sender", "radio", "rundfunk", "telegram", "twitter", "erklärung", "mitteilung", "rede",
            "ansprache", "talkshow", "podcast", "zeitung", "gespräch", "videoansprache", "fernsehinterview",
            "pressemitteilung", "stellungnahme", "brief", "schreiben", "beitrag", "post", "facebook", "instagram",
            "television", "tv", "statement", "press", "conference", "briefing", "speech", "letter");
    private static final Set<String> AUX = Set.of("hat", "hatte", "habe", "hätte", "haben", "hatten", "ist", "war", "sei",
            "wurde", "wird", "wurden", "werden", "worden", "has", "had", "have", "was", "is", "were", "will", "would");

    /** quoted words inside indirect speech become their own (nested) statement from this length on */
    static final int NESTED_MIN_WORDS = Integer.getInteger("whosaid.nestedMinWords", 4);
    /** a Konjunktiv sentence continues a statement at most this many sentences back */
    static final int KJ_WINDOW = Integer.getInteger("whosaid.kjWindow", 2);

    public List<Draft> apply(Document doc) {
        List<Draft> out = new ArrayList<>();
        boolean[] usedCue = new boolean[doc.cues.size()];
        for (int ci = 0; ci < doc.cues.size(); ci++) {
            Cue c = doc.cues.get(ci);
            Sentence s = doc.sentences.get(c.sentence);
            if (!s.body || s.headline) continue;
            Draft d = switch (c.kind) {
                case VERB -> verbCue(doc, s, c, out);
                case LAUT, ACCORDING_TO -> prepositionMarker(doc, s, c);
                case ZUFOLGE -> zufolge(doc, s, c);
                case NACH_ANGABEN -> nachAngaben(doc, s, c);
                case SO -> soMarker(doc, s, c);
                case HIESS_ES, DEMNACH -> continuationMarker(doc, s, c, out);
                case WONACH -> wonach(doc, s, c);
                case WIE -> null;
            };
            if (d != null && !d.quote.isEmpty()) {
                usedCue[ci] = true;
                addCueSpans(doc, d, c);
                if (d.medium == Medium.Speech) d.medium = c.medium;
                out.add(d);
            }
        }
        directQuotes(doc, out);
        konjunktivContinuation(doc, out);
        headlines(doc, out);
        SpeakerColonLine.apply(doc, out);
        HeadlineClaim.apply(doc, out);
        nestedQuotes(doc, out);
        out.sort(Comparator.comparingInt(Draft::start).thenComparingInt(d -> -d.end()));
        for (Draft d : out) if (d.speaker != null) d.speaker = extendSpeaker(doc, d.speaker, d);
        for (Draft d : out) CoordinatedSpeaker.widen(doc, d);
        for (Draft d : out) frameCoversSpeaker(doc, d);
        out.removeIf(d -> d.anchor);
        for (Draft d : out) {
            if (d.form != Form.Direct || d.quote.size() != 1) continue;
            Span q = d.quote.get(0);
            int e = q.end();
            while (e > q.start() + 1 && doc.text.charAt(e - 1) == ',') e--;
            if (e != q.end()) d.quote.set(0, new Span(q.start(), e));
        }
        out.removeIf(d -> d.form == Form.Direct && d.speaker == null && d.speakerFrom == null && d.parent == null
                && QuoteFinder.countWords(doc.text, d.start(), d.end()) < 4);
        out.removeIf(d -> d.rule.equals("partial-quote-in-cue-sentence") && insideFrame(out, d));
        dedupe(out);
        parents(out);
        return out;
    }

    // ------------------------------------------------------------------ verb cues

    private Draft verbCue(Document doc, Sentence s, Cue c, List<Draft> out) {
        List<Token> tk = doc.tokens;
        int v = c.token;
        if (v > s.firstToken && tk.get(v - 1).isAny("zu", "to")) return null;
        Draft participle = ParticipleThat.apply(doc, s, c, out);
        if (participle != null) return participle;
        int cs = CueFinder.clauseStart(doc, s, v);
        int ce = CueFinder.clauseEnd(doc, s, Math.max(v, c.particle));
        // "sagte der „Hafenzeitung“, …": a short quoted title inside the cue clause does not end it
        while (ce < s.endToken && isQuoteOpen(tk.get(ce))) {
            int q = shortQuoteEnd(doc, s, ce);
            QuoteSpan qs = doc.quoteAround(tk.get(ce).start);
            if (q <= ce || q >= s.endToken || qs == null || qs.words > 3 || !tk.get(q).is(",") || !tk.get(ce + 1).isCapitalized()) break;
            ce = q;
        }
        Token first = tk.get(cs);
        // "Wie der Direktor des Amtes, Name, mitteilte, …": the wie-clause runs over the apposition's commas
        if (!first.lower().equals("wie") && cs > s.firstToken && tk.get(s.firstToken).is("Wie")) {
            boolean verbBetween = false;
            boolean relative = false; // "Wie X, der an den Gesprächen teilnahm, erklärte, …": the relative clause's verb does not count
            for (int k = s.firstToken + 1; k < v; k++) {
                if (tk.get(k - 1).is(",") && isRelative(tk.get(k))) relative = true;
                else if (tk.get(k).is(",")) relative = false;
                if (!relative && tk.get(k).onlyVerb() && !tk.get(k).isCapitalized()) verbBetween = true;
            }
            if (!verbBetween && v - s.firstToken <= 14) {
                cs = s.firstToken;
                first = tk.get(cs);
            }
        }
        // relative clause ("der … sagte") and "wie X mitteilte"
        boolean wie = first.lower().equals("wie") || first.lower().equals("as");
        if (wie) return wieClause(doc, s, c, cs, ce, out);
        if (cs > s.firstToken && isRelative(first) && tk.get(cs - 1).is(",")) return null;
        // English "after the president said on television that …" still reports what was said
        boolean englishThat = !doc.german() && thatWithin(doc, s, v + 1) > 0;
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
        // content-then-cue: ", sagte X." / "„…“, forderte er."
        if ((verbFirst || auxFirst) && relativeSubject == null && cs > s.firstToken && lastClause(doc, s, ce)) {
            Token before = tk.get(cs - 1);
            // German "… hatte von „sehr guten Fortschritten“ gesprochen": a quote inside the clause, not content before it
            boolean embeddedQuote = doc.german() && !before.is(",") && !before.is(":") && embeddedQuoteBefore(doc, s, cs - 1);
            if (!embeddedQuote && (before.isAny(",", "“", "”", "\"", "«", "»", ":") || isQuoteClose(doc, before))) {
                int contentStartTok = s.firstToken;
                int contentEndOff = before.is(",") ? tk.get(cs - 1).start : before.end;
                if (before.is(",") && cs - 2 >= s.firstToken && isQuoteClose(doc, tk.get(cs - 2))) contentEndOff = tk.get(cs - 2).end;
                int contentStart = tk.get(contentStartTok).start;
                QuoteSpan q = doc.outerQuoteAround(contentEndOff - 1);
                if (q != null && q.start < contentStart) contentStart = q.start;
                if (contentEndOff <= contentStart) return null;
                // English "…, Name, a role phrase, told reporters": the name before the verb is the speaker
                TrailingApposition.Found ta = before.is(",") ? TrailingApposition.find(doc, s, cs - 1) : null;
                if (ta != null && ta.contentEnd() > contentStart) contentEndOff = ta.contentEnd();
                Mention sp = ta != null ? ta.speaker() : speakerAfter(doc, s, v + 1, ce);
                if (sp == null) sp = speakerBefore(doc, s, cs, v);
                Draft d = contentDraft(doc, s, contentStart, contentEndOff, "content-then-cue", 0.85);
                d.speaker = sp;
                if (ta != null) d.evidence.add("speaker: the name between commas before the cue (" + doc.slice(ta.speaker().start, ta.speaker().end) + ")");
                frame(doc, d, cs, ce, false);
                channel(doc, d, cs, ce);
                addressee(doc, d, v, ce);
                return d;
            }
        }
        // "Das erklärte X." — previous sentence is the content
        if (v == cs + 1 && cs == s.firstToken && DAS_SUBJECT.contains(first.text) && s.index > 0) {
            Sentence prev = doc.sentences.get(s.index - 1);
            if (prev.body && !prev.headline && !covered(out, prev.start, prev.end) && prev.paragraph >= s.paragraph - 1) {
                int pe = prev.end;
                while (pe > prev.start && ".!?".indexOf(doc.text.charAt(pe - 1)) >= 0) pe--;
                Draft d = contentDraft(doc, prev, prev.start, pe, "das-cue", 0.8);
                d.sentence = prev.index;
                d.speaker = speakerAfter(doc, s, v + 1, ce);
                frame(doc, d, cs, ce, false);
                channel(doc, d, cs, ce);
                d.evidence.add("content is the sentence before the cue (" + first.text + " …)");
                return d;
            }
        }
        // cue-then-content: "X sagte, …" / "sagte X: „…“"
        // English "X noted that A, but said B": the that-clause inside the cue clause is the content, not what follows the comma
        int thatInClause = doc.german() ? -1 : thatWithin(doc, s, v + 1);
        if (ce < s.endToken && tk.get(ce).isAny(",", ":") && ce + 1 < s.endToken && !(thatInClause > 0 && thatInClause < ce)) {
            int k = ce + 1;
            Token t = tk.get(k);
            QuoteSpan q = doc.quoteAround(t.start);
            if (q == null && isQuoteOpen(t)) q = doc.quoteAround(t.start);
            boolean quoteContent = q != null && q.start == t.start && q.parent < 0;
            boolean relative = isRelativeStart(tk, s, k)
                    || (k + 1 < s.endToken && PREPOSITIONS.contains(t.lower()) && isRelativeStart(tk, s, k + 1));
            boolean ok = quoteContent || COMPLEMENTIZERS.contains(t.lower()) || tk.get(ce).is(":")
                    || (!relative && hasReportedVerb(doc, s, k, sentEnd, c)) || zuInfinitive(doc, s, k)
                    || (t.isAny("wie", "was", "wer", "wo") && c.lemma.equals("fragen"));
            boolean startsWithCue = false;
            for (Cue o : doc.cues) if (o.token == k && o.kind == Cue.Kind.VERB) startsWithCue = true;
            // "äußerte sich positiv, auch X sprach von …": the next clause has a speech verb of its own
            if (doc.german() && !quoteContent && !COMPLEMENTIZERS.contains(t.lower()) && !tk.get(ce).is(":")
                    && ownCueInClause(doc, s, k)) startsWithCue = true;
            if (ok && !isSubordinator(t) && (!relative || quoteContent) && !startsWithCue) {
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
                if (sp == null) sp = speakerAfter(doc, s, v + 1, ce);
                if (sp == null) sp = passiveAgent(doc, s, cs, ce, v);
                if (sp == null) sp = sentenceSubject(doc, s, v);
                Draft d;
                if (quoteContent && q.end >= endOfSentenceText(doc, s) - 1) {
                    d = new Draft(Form.Direct, "cue-then-quote", s.index, 0.9);
                    d.quote.add(new Span(q.innerStart, q.innerEnd));
                    q.used = true;
                } else {
                    int end = sentEnd;
                    // a trailing cue clause of another speaker ends the content: "X habe gesagt, „…“, fügte er hinzu."
                    for (Cue o : doc.cues) {
                        if (o.sentence != s.index || o.token <= k || o.kind != Cue.Kind.VERB) continue;
                        int ocs = CueFinder.clauseStart(doc, s, o.token);
                        if (ocs > k && tk.get(ocs - 1).is(",") && (o.token == ocs || o.token == ocs + 1)
                                && lastClause(doc, s, CueFinder.clauseEnd(doc, s, Math.max(o.token, o.particle)))) {
                            end = tk.get(ocs - 1).start;
                            break;
                        }
                    }
                    if (q != null && quoteContent && q.end > end) end = q.end;
                    QuoteSpan afterColon = quoteAfterColon(doc, s, k, sentEnd);
                    if (afterColon != null) {
                        // "antwortete auf die Frage, ob …: „Das tut sie.“" — the quote is the statement
                        d = new Draft(Form.Direct, "cue-question-quote", s.index, 0.85);
                        d.quote.add(new Span(afterColon.innerStart, afterColon.innerEnd));
                        afterColon.used = true;
                        d.speaker = sp;
                        d.frame.add(new Span(tk.get(cs).start, afterColon.start));
                        addressee(doc, d, v, ce);
                        return d;
                    }
                    d = contentDraft(doc, s, t.start, end, "cue-then-content", 0.85);
                }
                d.speaker = sp;
                frame(doc, d, cs, ce + 1, true);
                channel(doc, d, cs, ce);
                addressee(doc, d, v, ce);
                return d;
            }
        }
        // English "She added that the boats would sail", "He told reporters the budget was too small"
        if (!doc.german() && !c.act || !doc.german() && v + 1 < s.endToken && tk.get(v + 1).is("that")) {
            Mention subj = speakerBefore(doc, s, cs, v);
            if (subj == null) subj = relativeSubject;
            if (subj != null && v + 1 < s.endToken) {
                int k = v + 1;
                Span addr = null;
                if (c.lemma.equals("tell") && k < s.endToken && !tk.get(k).is("that")) {
                    int a = k;
                    while (k < s.endToken && tk.get(k).isWord() && !tk.get(k).is("that") && k - a < 4
                            && !EN_PREPOSITIONS.contains(tk.get(k).lower())
                            && (k == a || tk.get(k).isCapitalized() || tk.get(k - 1).isAny("the", "a", "an", "his", "her", "their")
                                || tk.get(a).isAny("a", "an", "the") && !tk.get(k).isCapitalized())) k++;
                    addr = new Span(tk.get(a).start, tk.get(k - 1).end);
                }
                if (k < s.endToken && tk.get(k).is("that")) k++;
                else if (thatWithin(doc, s, k) > 0) k = thatWithin(doc, s, k) + 1; // "said on Sunday that", "told a briefing in X that"
                // "told reporters outside the town hall", "said at the gate": a place or time phrase is no content
                boolean thatConsumed = k > v + 1 && tk.get(k - 1).is("that");
                if (!thatConsumed) k = skipTimePhrase(doc, s, k);
                boolean phrase = !thatConsumed && k < s.endToken && EN_PREPOSITIONS.contains(tk.get(k).lower());
                if (k < s.endToken && !phrase && tk.get(k).isWord() && (k > v + 1 || Character.isLowerCase(tk.get(k).text.charAt(0)) || tk.get(k).isCapitalized())) {
                    QuoteSpan q = doc.quoteAround(tk.get(k).start);
                    if (q == null || q.start != tk.get(k).start) {
                        Draft d = contentDraft(doc, s, tk.get(k).start, coordinatedCueStart(doc, s, k, sentEnd), "cue-then-content", 0.8);
                        if (!d.quote.isEmpty() && QuoteFinder.countWords(doc.text, d.start(), d.end()) >= 3) {
                            d.speaker = subj;
                            d.addressee = addr;
                            d.frame.add(new Span(tk.get(cs).start, tk.get(k - 1).end));
                            return d;
                        }
                    }
                }
            }
        }
        // cue with an opening quote right after the verb/speaker without comma: "sagte Selenskyj „…“"
        if (ce < s.endToken && isQuoteOpen(tk.get(ce))) {
            QuoteSpan q = doc.quoteAround(tk.get(ce).start);
            if (q != null && q.start == tk.get(ce).start && q.words >= 3) {
                Draft d = new Draft(Form.Direct, "cue-then-quote", s.index, 0.8);
                d.quote.add(new Span(q.innerStart, q.innerEnd));
                q.used = true;
                Mention sp = speakerBefore(doc, s, cs, v);
                if (sp == null) sp = speakerAfter(doc, s, v + 1, ce);
                if (sp == null) sp = passiveAgent(doc, s, cs, ce, v);
                if (sp == null) sp = sentenceSubject(doc, s, v);
                d.speaker = sp;
                frame(doc, d, cs, ce, false);
                return d;
            }
        }
        // speech act: "Sie forderte erneut Hilfe für die Hafenarbeiter."
        Mention sp = speakerBefore(doc, s, cs, v);
        if (sp == null) sp = speakerAfter(doc, s, v + 1, ce);
                if (sp == null) sp = passiveAgent(doc, s, cs, ce, v);
                if (sp == null) sp = sentenceSubject(doc, s, v);
        // English "X thanked Y for Z, adding that …": the act is the clause before the participle
        boolean participleAfter = !doc.german() && ce + 1 < s.endToken && tk.get(ce).is(",") && tk.get(ce + 1).lower().endsWith("ing")
                && tk.get(ce + 1).isWord() && !tk.get(ce + 1).isCapitalized();
        if (c.act && (lastClauseOrSentence(doc, s, ce) || participleAfter)) {
            if (sp != null && (sp.personLike() || sp.kind == Mention.Kind.INSTITUTION)) {
                Draft d = new Draft(Form.Reported, "speech-act", s.index, 0.5);
                d.quote.add(new Span(s.start, participleAfter && !lastClauseOrSentence(doc, s, ce) ? tk.get(ce).start : s.end));
                d.speaker = sp;
                return d;
            }
        }
        // "X sprach von einem Erfolg", "X bezeichnete das Treffen als konstruktiv": the sentence reports X
        int frameWord = ReportedFrame.frame(doc, s, c);
        if (frameWord >= 0 && sp != null && sp.kind != Mention.Kind.PLACE && !ReportedFrame.coveredNearby(out, s.index, s.start, s.end)) {
            Draft d = new Draft(Form.Reported, ReportedFrame.RULE, s.index, 0.5);
            addTrimmed(doc, d, s.start, contentEnd(doc, s));
            d.speaker = sp;
            d.evidence.add(ReportedFrame.RULE + ": '" + tk.get(v).text + " … " + tk.get(frameWord).text + "' reports what was said");
            return d;
        }
        // "Vertreter der Bundesregierung äußerten sich zurückhaltend." — no content, but the next Konjunktiv
        // sentences continue this speaker: keep an anchor (not output)
        if (sp != null && lastClauseOrSentence(doc, s, ce)) {
            Draft d = new Draft(Form.Reported, "anchor", s.index, 0.0);
            d.quote.add(new Span(s.start, s.end));
            d.speaker = sp;
            d.anchor = true;
            return d;
        }
        return null;
    }

    /**
     * Widens a speaker mention over its apposition or attribute, as a reader would quote it: "Patrick Kamanda von der
     * Umweltbehörde", "John Kline, ein Abgeordneter aus Minnesota," (up to the comma before the cue verb),
     * "der Innenminister Frankreichs, Nicolas Sarkozy".
     */
    private Mention extendSpeaker(Document doc, Mention m, Draft d) {
        List<Token> tk = doc.tokens;
        if (m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.GROUP) return m;
        Sentence s = doc.sentences.get(m.sentence);
        int cueTok = d.cue.isEmpty() ? -1 : doc.tokenAt(d.cue.get(0).start());
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
        boolean starts = t.isAny("von", "vom", "aus", "der", "des", "(", ",");
        if (!starts || limit - e > 16 || limit <= e + 1) return m;
        int end = limit;
        // do not run over a verb or into the quote
        for (int k = e; k < limit; k++) {
            Token x = tk.get(k);
            if (doc.quoteAround(x.start) != null && x.start >= d.start() && x.start < d.end()) { end = k; break; }
            if (x.isVerb() && x.onlyVerb() && !x.isCapitalized()) { end = k; break; }
        }
        if (t.is(",")) {
            // apposition must close with a comma right before the limit
            if (end != limit || !tk.get(limit - 1).is(",")) return m;
            end = limit - 1;
        }
        while (end > e && tk.get(end - 1).isAny(",", ":", "(")) end--;
        if (end <= e) return m;
        if (tk.get(end - 1).is("(")) return m;
        int open = 0;
        for (int k = e; k < end; k++) { if (tk.get(k).is("(")) open++; if (tk.get(k).is(")")) open--; }
        if (open > 0) return m;
        Mention w = new Mention(m.kind, m.token, end, m.start, tk.get(end - 1).end, m.sentence, m.head, m.role, m.qualifier);
        w.entity = m.entity;
        w.resolution = m.resolution;
        w.governed = m.governed;
        return w;
    }

    /** the frame is the whole introducing clause: widen it to the speaker written before the cue ("X, Minister, sagte,") */
    private void frameCoversSpeaker(Document doc, Draft d) {
        if (d.frame.size() != 1 || d.speaker == null || d.cue.isEmpty()) return;
        Span f = d.frame.get(0);
        Mention m = d.speaker;
        if (m.sentence != doc.sentenceAt(f.start()).index) return;
        if (m.start < f.start() && m.end <= f.start() + 1 && !d.overlaps(m.start, f.start())) {
            String gap = doc.text.substring(m.end, f.start());
            if (gap.strip().isEmpty() || gap.strip().equals(",")) d.frame.set(0, new Span(m.start, f.end()));
        }
    }

    /** a top-level quote after a colon inside [from, sentEnd) that runs to the end of the sentence */
    private QuoteSpan quoteAfterColon(Document doc, Sentence s, int from, int sentEnd) {
        List<Token> tk = doc.tokens;
        for (int k = from; k < s.endToken - 1; k++) {
            if (!tk.get(k).is(":")) continue;
            QuoteSpan q = doc.quoteAround(tk.get(k + 1).start);
            if (q != null && q.parent < 0 && q.start == tk.get(k + 1).start && q.end >= sentEnd - 1) return q;
        }
        return null;
    }

    private Draft wieClause(Document doc, Sentence s, Cue c, int cs, int ce, List<Draft> out) {
        List<Token> tk = doc.tokens;
        Mention sp = speakerAfter(doc, s, cs + 1, c.token);
        if (sp == null) sp = speakerAfter(doc, s, c.token + 1, ce);
        // the sentence already carries a statement: the wie-clause names an intermediary
        for (Draft d : out) {
            if (d.sentence == s.index || (d.sentence == s.index - 1 && "das-cue".equals(d.rule) && s.index == d.sentence + 1)) {
                if (d.intermediary == null && sp != null) {
                    d.intermediary = sp;
                    d.evidence.add("intermediary: " + doc.slice(tk.get(cs).start, tk.get(ce - 1).end));
                    return null;
                }
            }
        }
        if (sp == null && !c.lemma.equals("berichten")) return null;
        int sentEnd = contentEnd(doc, s);
        int from = tk.get(cs).start;
        int to = tk.get(ce - 1).end;
        Draft d = new Draft(Form.Indirect, "wie-cue", s.index, 0.75);
        remainder(doc, s, d, from, to, sentEnd);
        d.speaker = sp;
        d.cue.add(new Span(tk.get(cs).start, tk.get(cs).end));
        d.cue.add(new Span(tk.get(c.token).start, tk.get(c.token).end));
        if (c.particle >= 0) d.cue.add(new Span(tk.get(c.particle).start, tk.get(c.particle).end));
        d.evidence.add("cue: wie … " + c.lemma);
        d.frame.add(new Span(from, to));
        return d.quote.isEmpty() ? null : d;
    }

    // ------------------------------------------------------------------ markers

    /** "laut X …" / "according to X, …" */
    private Draft prepositionMarker(Document doc, Sentence s, Cue c) {
        // "betonte er laut BBC, dass …": the speech verb and its subject speak; the outlet only reports it
        if (doc.german() && speechVerbRightBefore(doc, s, c.token)) return null;
        Mention sp = mentionStartingAt(doc, c.endToken);
        int phraseEnd = sp != null ? extendGenitive(doc, s, sp.endToken) : c.endToken;
        if (sp == null && !doc.german()) {
            int e = c.endToken;
            while (e < s.endToken && !doc.tokens.get(e).isPunct() && e - c.endToken < 8) e++;
            Mention x = null;
            for (Mention m : doc.mentions) if (m.token >= c.endToken && m.endToken <= e) { x = m; break; }
            phraseEnd = Math.max(e, c.endToken + 1);
            sp = sourcePhrase(doc, s, c.endToken, phraseEnd, x);
        }
        if (sp == null) {
            // "laut Angaben des Ministeriums", "laut einem Bericht der Zeitung X", "laut Medienberichten"
            int e = readNP(doc, s, c.endToken);
            if (e < 0) {
                e = c.endToken;
                while (e < s.endToken && doc.tokens.get(e).isWord() && e - c.endToken < 2) e++;
            }
            Mention x = null;
            if (e < s.endToken && doc.tokens.get(e).isAny("des", "der", "von", "vom")) {
                for (Mention m : doc.mentions) if (m.token == e || m.token == e + 1) { x = m; e = m.endToken; break; }
            }
            phraseEnd = Math.max(e, c.endToken + 1);
            sp = sourcePhrase(doc, s, c.endToken, phraseEnd, x);
        }
        if (doc.german()) {
            // "Laut „Nordpost“", "laut Recherchen des Magazins X", "laut einem Bericht der Zeitung Y"
            int q = shortQuoteEnd(doc, s, c.endToken);
            int e = extendSource(doc, s, Math.max(phraseEnd, q));
            if (e > phraseEnd) {
                phraseEnd = e;
                sp = sourcePhrase(doc, s, c.endToken, phraseEnd, lastMentionIn(doc, s, c.endToken, phraseEnd, sp));
            }
        }
        Draft d = new Draft(Form.Indirect, c.kind == Cue.Kind.LAUT ? "laut" : "according-to", s.index, 0.8);
        int from = doc.tokens.get(c.token).start;
        int to = doc.tokens.get(phraseEnd - 1).end;
        remainder(doc, s, d, from, to, contentEnd(doc, s));
        d.speaker = sp;
        d.frame.add(new Span(from, to));
        return d;
    }

    /** "X zufolge …", "Berichten zufolge …" */
    private Draft zufolge(Document doc, Sentence s, Cue c) {
        Mention sp = mentionEndingAt(doc, c.token);
        int from;
        int np = sourceStart(doc, s, c.token);
        if (np < c.token && (sp == null || np < sp.token)) {
            // "Angaben des Wetterdienstes von Kranzhafen zufolge", "der Meldung zufolge", "Berichten verschiedener Medien zufolge"
            Mention x = lastMentionIn(doc, s, np, c.token, null);
            sp = sourcePhrase(doc, s, np, c.token, x);
            from = doc.tokens.get(np).start;
        } else if (sp != null) {
            from = sp.start;
        } else {
            int k = c.token - 1;
            while (k > s.firstToken && doc.tokens.get(k - 1).isWord() && !doc.tokens.get(k - 1).isCapitalized() && c.token - k < 3) k--;
            if (k > s.firstToken && doc.tokens.get(k - 1).isAny("der", "des", "den", "dem", "einem")) k--;
            from = doc.tokens.get(k).start;
            // genitive chain: "Angaben der Polizei zufolge"
            Mention m = null;
            for (Mention x : doc.mentions) if (x.token >= k - 4 && x.endToken <= c.token && x.sentence == s.index) m = x;
            sp = m;
            if (m != null && m.start < from) from = m.start;
        }
        int to = doc.tokens.get(c.token).end;
        int fromTok = doc.tokenAt(from);
        if (sp == null || sp.token != fromTok) sp = sourcePhrase(doc, s, fromTok, c.token, sp);
        Mention dative = DativePronounSource.mention(doc, s, c.token);
        if (dative != null) sp = dative;
        Draft d = new Draft(Form.Indirect, "zufolge", s.index, 0.8);
        remainder(doc, s, d, from, to, contentEnd(doc, s));
        d.speaker = sp;
        d.frame.add(new Span(from, to));
        return d;
    }

    /**
     * "nach Angaben des X", "nach Ansicht von X", "nach eigenen Angaben", "Nach Polizeiangaben": the speaker span is
     * the source phrase after "nach" (gnqa convention: "Angaben der Polizei"), resolved to X when X is named.
     */
    private Draft nachAngaben(Document doc, Sentence s, Cue c) {
        List<Token> tk = doc.tokens;
        Mention x = null;
        int k = c.endToken;
        if (k < s.endToken && tk.get(k).isAny("von", "vom", "aus")) k++;
        // the source right after the marker, or after an article ("nach Angaben der Polizei"); not a name further on
        // ("nach Kremlangaben nun Präsident X …" names no source after the compound)
        boolean article = k < s.endToken && tk.get(k).isAny("der", "des", "dem", "den", "die", "eines", "einer", "einem");
        for (Mention m : doc.mentions) {
            if ((m.token == k || (article && m.token == k + 1)) && m.sentence == s.index) { x = m; break; }
            if (m.token > k + 1) break;
        }
        int phraseEnd = x != null ? extendGenitive(doc, s, x.endToken) : c.endToken;
        // "nach einer Hochrechnung des Senders", "nach Angaben von n24": extend over a genitive/von phrase
        if (x == null && phraseEnd < s.endToken && tk.get(phraseEnd).isAny("des", "der", "von", "vom", "aus")) {
            int e = phraseEnd + 1;
            while (e < s.endToken && !tk.get(e).isPunct() && !(tk.get(e).onlyVerb() && !tk.get(e).isCapitalized()) && e - phraseEnd < 6
                    && (e == phraseEnd + 1 || tk.get(e).isCapitalized() || tk.get(e).isAdjective() || tk.get(e).isAny("des", "der", "von"))) e++;
            if (e > phraseEnd + 1) phraseEnd = e;
        }
        int ext = extendSource(doc, s, Math.max(phraseEnd, shortQuoteEnd(doc, s, phraseEnd)));
        if (ext > phraseEnd) {
            phraseEnd = ext;
            x = lastMentionIn(doc, s, c.endToken, phraseEnd, x);
        }
        boolean own = tk.get(c.token + 1).lower().startsWith("eigen");
        Mention resolved = x;
        if (own || (x == null && CueFinder.isPossessive(tk.get(c.token + 1).lower()))) {
            resolved = firstSubject(doc, s, c.token);
        }
        Mention sp = sourcePhrase(doc, s, c.token + 1, phraseEnd, resolved);
        int from = tk.get(c.token).start;
        int to = tk.get(phraseEnd - 1).end;
        Draft d = new Draft(Form.Indirect, "nach-angaben", s.index, 0.8);
        remainder(doc, s, d, from, to, contentEnd(doc, s));
        d.speaker = sp;
        d.frame.add(new Span(from, to));
        d.cue.add(new Span(tk.get(c.token).start, tk.get(c.token).end));
        d.evidence.add(d.rule);
        d.evidence.add("cue: " + c.lemma);
        return d;
    }

    /**
     * end of the genitive or von/aus attributes after a source noun phrase ending at {@code end}: "Angaben [der
     * Hafenzeitung X]", "Ansicht [mancher Fischer]", "Schätzungen [dänischer Reedereien]", "Unterlagen [aus dem
     * Rathaus]" (at most three attributes; a finite verb or punctuation ends it)
     */
    static int extendSource(Document doc, Sentence s, int end) {
        List<Token> tk = doc.tokens;
        for (int hop = 0; hop < 3 && end < s.endToken; hop++) {
            Token t = tk.get(end);
            int k = end;
            if (t.isAny("des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "einiger", "mehrerer", "vieler")) {
                k++;
            } else if (t.isAny("von", "vom", "aus")) {
                k++;
                if (k < s.endToken && tk.get(k).isAny("der", "dem", "den", "einem", "einer")) k++;
            } else if (!(t.isWord() && !t.isCapitalized() && attributive(t) && t.text.endsWith("er"))) {
                break;
            }
            while (k < s.endToken && tk.get(k).isWord() && !tk.get(k).isCapitalized() && attributive(tk.get(k))) k++;
            int n = k;
            while (k < s.endToken && k - n < 4) {
                Token w = tk.get(k);
                int q = shortQuoteEnd(doc, s, k);
                if (q > k) { k = q; continue; }
                if (!w.isCapitalized() || w.isPunct() || (w.onlyVerb() && !w.isNoun())) break;
                k++;
            }
            if (k == n) break;
            end = k;
        }
        return end;
    }

    /** an adjective before a noun: from the dictionary, or an unknown word with an adjective ending ("behördlichen") */
    private static boolean attributive(Token t) {
        if (t.isAdjective()) return !t.onlyVerb();
        String l = t.text;
        return !t.known && (l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("e"));
    }

    /** after a short title-like quote starting at token k ("„Nordpost“"): the token after its closing mark, else k */
    private static int shortQuoteEnd(Document doc, Sentence s, int k) {
        if (k >= s.endToken || !isQuoteOpen(doc.tokens.get(k))) return k;
        QuoteSpan q = doc.quoteAround(doc.tokens.get(k).start);
        if (q == null || q.start != doc.tokens.get(k).start || q.words > 5 || q.words < 1) return k;
        int e = doc.tokenAt(q.end);
        return e <= s.endToken && e > k + 1 ? e : k;
    }

    /** start of the source noun phrase that ends right before token {@code end} ("der Meldung", "Angaben der Polizei") */
    private static int sourceStart(Document doc, Sentence s, int end) {
        List<Token> tk = doc.tokens;
        int k = end, start = end;
        // noun phrases [det] [adj]* Noun+ read leftwards; one with a genitive article or after von/aus is an attribute of
        // the one before it: "Angaben | des Wetterdienstes | von Kranzhafen"
        while (end - k < 10) {
            int e = k;
            while (k > s.firstToken && e - k < 4 && isSourceNoun(tk.get(k - 1))) k--;
            if (k == e) break;
            while (k > s.firstToken && tk.get(k - 1).isWord() && !tk.get(k - 1).isCapitalized() && attributive(tk.get(k - 1))
                    && !CueFinder.isDeterminer(tk.get(k - 1).lower())) k--;
            boolean attribute = false;
            if (k > s.firstToken && CueFinder.isDeterminer(tk.get(k - 1).lower())) {
                k--;
                attribute = tk.get(k).isAny("des", "der", "eines", "einer", "Des", "Der");
            }
            start = k;
            if (k > s.firstToken && tk.get(k - 1).isAny("von", "vom", "aus")) { k--; attribute = true; }
            if (!attribute) break;
        }
        return start;
    }

    private static boolean isSourceNoun(Token t) {
        return t.isWord() && t.isCapitalized() && !(t.onlyVerb() && !t.isNoun()) && !CueFinder.isDeterminer(t.lower());
    }

    private static Mention lastMentionIn(Document doc, Sentence s, int from, int to, Mention fallback) {
        Mention best = fallback;
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index || m.token < from) continue;
            if (m.token >= to) break;
            if (m.endToken <= to && (m.entity != null || best == null)) best = m;
        }
        return best;
    }

    /** a speaker mention covering a source phrase [from, to) ("Angaben der Polizei"), resolved like {@code x} */
    private Mention sourcePhrase(Document doc, Sentence s, int from, int to, Mention x) {
        List<Token> tk = doc.tokens;
        if (to <= from) return x;
        Mention m = new Mention(x != null ? x.kind : Mention.Kind.GROUP, from, to, tk.get(from).start, tk.get(to - 1).end,
                s.index, doc.slice(tk.get(from).start, tk.get(to - 1).end), x != null ? x.role : null, null);
        if (x != null) {
            m.entity = x.entity;
            m.resolution = "source phrase→" + (x.entity != null ? x.entity.name : x.head);
        } else {
            m.resolution = "source phrase";
        }
        return m;
    }

    /** "…, so X." or "…, so X, …" */
    private Draft soMarker(Document doc, Sentence s, Cue c) {
        Mention sp = mentionStartingAt(doc, c.endToken);
        if (sp == null) return null;
        List<Token> tk = doc.tokens;
        int phraseEnd = sp.endToken;
        while (phraseEnd < s.endToken && tk.get(phraseEnd).isWord() && !tk.get(phraseEnd).isCapitalized() && phraseEnd - sp.endToken < 3) phraseEnd++;
        boolean atEnd = phraseEnd >= s.endToken || (tk.get(phraseEnd).isPunct() && !tk.get(phraseEnd).is(",")) ;
        int comma = tk.get(c.token - 1).start;
        int from = comma;
        int to = tk.get(phraseEnd - 1).end;
        Draft d = new Draft(Form.Indirect, "so", s.index, 0.8);
        int contentStart = s.start;
        QuoteSpan q = doc.outerQuoteAround(comma - 1);
        if (q != null && q.start < contentStart) contentStart = q.start;
        if (atEnd) {
            if (q != null && q.start == contentStart && q.end >= comma - 1) {
                d.form = Form.Direct;
                d.quote.add(new Span(q.innerStart, q.innerEnd));
                q.used = true;
            } else {
                addTrimmed(doc, d, contentStart, comma);
            }
        } else {
            addTrimmed(doc, d, contentStart, comma);
            int after = phraseEnd < s.endToken && tk.get(phraseEnd).is(",") ? tk.get(phraseEnd).end : to;
            addTrimmed(doc, d, after, contentEnd(doc, s));
        }
        d.speaker = sp;
        d.frame.add(new Span(tk.get(c.token).start, to));
        return d;
    }

    /** "hieß es aus dem Kreml", "Demnach …": the sentence, spoken by the source named in the phrase or the previous speaker */
    private Draft continuationMarker(Document doc, Sentence s, Cue c, List<Draft> out) {
        List<Token> tk = doc.tokens;
        int from = tk.get(c.token).start;
        int phraseEnd = c.endToken;
        Mention sp = null;
        if (c.kind == Cue.Kind.HIESS_ES && phraseEnd < s.endToken && tk.get(phraseEnd).isAny("aus", "in", "im", "von", "vom", "bei", "beim")) {
            for (Mention m : doc.mentions) {
                if (m.token >= phraseEnd + 1 && m.token <= phraseEnd + 2 && m.sentence == s.index) { sp = m; phraseEnd = m.endToken; break; }
            }
        }
        while (phraseEnd < s.endToken && tk.get(phraseEnd).isAny("weiter", "zudem", "auch", "dazu", "außerdem", "ferner", "ergänzend", "demnach")) phraseEnd++;
        if (c.kind == Cue.Kind.HIESS_ES && c.token > s.firstToken && tk.get(c.token - 1).is(",")) from = tk.get(c.token - 1).start;
        Draft d = new Draft(Form.Indirect, c.kind == Cue.Kind.HIESS_ES ? "hiess-es" : "demnach", s.index, 0.7);
        int to = tk.get(phraseEnd - 1).end;
        remainder(doc, s, d, from, to, contentEnd(doc, s));
        d.speaker = sp;
        if (sp == null) {
            Draft prev = previous(out, s.index, 2);
            if (prev != null) {
                d.speakerFrom = prev;
            } else if (c.kind == Cue.Kind.DEMNACH) {
                return null;
            }
        }
        d.frame.add(new Span(from, to));
        return d;
    }

    /** "Äußerungen des Ministers X, wonach …" */
    private Draft wonach(Document doc, Sentence s, Cue c) {
        Mention sp = null;
        int cs = CueFinder.clauseStart(doc, s, c.token - 1);
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index || m.token < cs || m.token >= c.token) continue;
            if (m.kind == Mention.Kind.NAME || m.kind == Mention.Kind.ROLE || m.kind == Mention.Kind.INSTITUTION) {
                if (sp == null || (sp.kind != Mention.Kind.NAME && m.kind == Mention.Kind.NAME)) sp = m;
            }
        }
        if (sp == null) return null;
        Draft d = contentDraft(doc, s, doc.tokens.get(c.token + 1).start, contentEnd(doc, s), "wonach", 0.7);
        d.speaker = sp;
        return d;
    }

    // ------------------------------------------------------------------ quotes without a cue statement

    private void directQuotes(Document doc, List<Draft> out) {
        List<Token> tk = doc.tokens;
        for (QuoteSpan q : doc.quotes) {
            if (q.used || q.parent >= 0 || q.words < 1) continue;
            if (coveredBy(out, q.innerStart, q.innerEnd)) continue;
            Sentence ss = doc.sentenceAt(q.start);
            Sentence se = doc.sentenceAt(q.end - 1);
            if (ss == null || se == null || !ss.body || ss.headline) continue;
            int afterTok = doc.tokenAt(q.end);
            boolean titleLike = titleLike(doc, q);
            boolean closesUtterance = (afterTok < tk.size() && tk.get(afterTok).isAny(",", ":"))
                    || ".?!,…".indexOf(doc.text.charAt(Math.max(q.innerStart, q.innerEnd - 1))) >= 0;
            // cue after the quote in the same sentence: "„…“, sagte er." / "„…“ sagte er"
            Draft d = null;
            for (Cue c : doc.cues) {
                if (titleLike) break;
                if (c.sentence != se.index || c.token < afterTok || c.kind != Cue.Kind.VERB) continue;
                int cs = CueFinder.clauseStart(doc, se, c.token);
                if (cs > afterTok + 1) break;
                int ce = CueFinder.clauseEnd(doc, se, Math.max(c.token, c.particle));
                d = direct(doc, q, se, "quote-then-cue", 0.85);
                d.speaker = speakerAfter(doc, se, c.token + 1, ce);
                if (d.speaker == null) d.speaker = speakerBefore(doc, se, cs, c.token);
                addCueSpans(doc, d, c);
                d.medium = c.medium;
                frame(doc, d, cs, ce, false);
                break;
            }
            // cue in the sentence before the quote opens: "Selenskyj sagte am Abend: „…“"
            if (d == null && !titleLike) {
                int beforeTok = doc.tokenAt(q.start) - 1;
                for (int ci = doc.cues.size() - 1; ci >= 0; ci--) {
                    Cue c = doc.cues.get(ci);
                    if (c.sentence != ss.index || c.token > beforeTok || c.kind != Cue.Kind.VERB) continue;
                    int cs = CueFinder.clauseStart(doc, ss, c.token);
                    int ce = CueFinder.clauseEnd(doc, ss, Math.max(c.token, c.particle));
                    boolean adjacent = ce >= beforeTok - 1 || partialQuote(doc, ss, q);
                    if (!adjacent) break;
                    d = direct(doc, q, ss, partialQuote(doc, ss, q) ? "partial-quote-in-cue-sentence" : "cue-then-quote", 0.8);
                    d.speaker = speakerBefore(doc, ss, cs, c.token);
                    if (d.speaker == null) d.speaker = speakerAfter(doc, ss, c.token + 1, ce);
                    if (d.speaker == null) d.speaker = sentenceSubject(doc, ss, c.token);
                    addCueSpans(doc, d, c);
                    d.medium = c.medium;
                    frame(doc, d, cs, ce, false);
                    break;
                }
            }
            // partial quote in a sentence with a cue after it ("Sein Treffen nannte Selenskyj "sehr gut"")
            if (d == null && !titleLike && partialQuote(doc, ss, q)) {
                for (Cue c : doc.cues) {
                    if (c.sentence != ss.index || c.kind != Cue.Kind.VERB) continue;
                    int cs = CueFinder.clauseStart(doc, ss, c.token);
                    int ce = CueFinder.clauseEnd(doc, ss, Math.max(c.token, c.particle));
                    d = direct(doc, q, ss, "partial-quote-in-cue-sentence", 0.7);
                    d.speaker = speakerBefore(doc, ss, cs, c.token);
                    if (d.speaker == null) d.speaker = speakerAfter(doc, ss, c.token + 1, ce);
                    if (d.speaker == null) d.speaker = sentenceSubject(doc, ss, c.token);
                    addCueSpans(doc, d, c);
                    break;
                }
            }
            // a whole-sentence quote continuing the previous speaker
            if (d == null && startsSentence(doc, ss, q) && q.words >= 3) {
                Draft prev = previous(out, ss.index, 2);
                if (prev != null && (prev.speaker != null || prev.speakerFrom != null)) {
                    d = direct(doc, q, ss, "quote-continues-speaker", 0.65);
                    d.speakerFrom = prev;
                } else if (q.words >= 6) {
                    d = direct(doc, q, ss, "quote-unattributed", 0.35);
                }
            }
            if (d != null) {
                q.used = true;
                out.add(d);
            }
        }
    }

    /** "„Washington Post“", "„Shenzhou 6“", "„Le Canard enchaîné“": short quotes of capitalised words name things */
    private static boolean titleLike(Document doc, QuoteSpan q) {
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

    private Draft direct(Document doc, QuoteSpan q, Sentence s, String rule, double conf) {
        Draft d = new Draft(Form.Direct, rule, s.index, conf);
        int e = q.innerEnd;
        while (e > q.innerStart + 1 && (doc.text.charAt(e - 1) == ',' || Character.isWhitespace(doc.text.charAt(e - 1)))) e--;
        d.quote.add(new Span(q.innerStart, e));
        return d;
    }

    private boolean partialQuote(Document doc, Sentence s, QuoteSpan q) {
        return !startsSentence(doc, s, q) && q.end <= s.end;
    }

    private boolean startsSentence(Document doc, Sentence s, QuoteSpan q) {
        if (q.start <= s.start) return true;
        String before = doc.text.substring(s.start, q.start).strip();
        return before.isEmpty() || before.equals("–") || before.equals("-") || before.endsWith(":");
    }

    // ------------------------------------------------------------------ Konjunktiv I continuation

    private void konjunktivContinuation(Document doc, List<Draft> out) {
        if (!doc.german()) return;
        List<Token> tk = doc.tokens;
        List<Draft> added = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            if (!s.body || s.headline || s.tokenCount() < 4) continue;
            if (covered(out, s.start, s.end) || covered(added, s.start, s.end)) continue;
            boolean kj1 = false;
            for (int i = s.firstToken; i < s.endToken; i++) {
                Token t = tk.get(i);
                if (doc.quoteAround(t.start) != null) continue;
                boolean attributive = i + 1 < s.endToken && tk.get(i + 1).isCapitalized() && !t.onlyVerb();
            if (!attributive && distinctKonj1(t) && !(i + 1 < s.endToken && tk.get(i + 1).is("es") && t.is("sei")) && !(i > s.firstToken && tk.get(i - 1).is("es") && t.is("sei") && i + 1 < s.endToken && tk.get(i + 1).is("denn"))) { kj1 = true; break; }
            }
            if (!kj1 && KJ2_CONTINUES) {
                // Konjunktiv II right after a statement ("Jedes Jahr würden dadurch 600 Autos zerstört.")
                boolean kj2 = false;
                for (int i = s.firstToken; i < s.endToken; i++) {
                    Token t = tk.get(i);
                    if (doc.quoteAround(t.start) == null && distinctKonj2(t) && t.verbLemma != null
                            && Set.of("werden", "haben", "sein").contains(t.verbLemma)
                            && !tk.get(CueFinder.clauseStart(doc, s, i)).isAny("wen", "wer", "was", "wie", "warum", "wo", "wann", "ob", "dass", "Wer", "Was", "Wie", "Warum", "Ob"))
                        kj2 = true;
                    if (t.isAny("wenn", "falls", "ob")) { kj2 = false; break; }
                }
                List<Draft> all2 = new ArrayList<>(out);
                all2.addAll(added);
                Draft prev2 = kj2 ? previous(all2, s.index, 1) : null;
                if (prev2 != null) {
                    Draft d = new Draft(Form.IndirectFreeIndirect, "konjunktiv-continues", s.index, 0.5);
                    addTrimmed(doc, d, s.start, s.end);
                    d.speakerFrom = prev2;
                    d.medium = prev2.medium;
                    d.evidence.add("Konjunktiv II right after the statement in sentence " + (prev2.sentence + 1));
                    added.add(d);
                    continue;
                }
            }
            if (!kj1) {
                // hearsay "soll(en)": "Mindestens eine Person soll ums Leben gekommen sein."
                if (HEARSAY && hearsay(doc, s)) {
                    List<Draft> all = new ArrayList<>(out);
                    all.addAll(added);
                    Draft prev = previous(all, s.index, 2);
                    if (prev != null) {
                        Draft d = new Draft(Form.FreeIndirect, "soll-hearsay", s.index, 0.5);
                        addTrimmed(doc, d, s.start, s.end);
                        d.speakerFrom = prev;
                        d.evidence.add("hearsay 'soll' continues the source of sentence " + (prev.sentence + 1));
                        added.add(d);
                    }
                }
                continue;
            }
            // "Beobachter wiesen darauf hin, dass … sei": an unlisted verb with a dass-clause in Konjunktiv
            Draft dass = dassWithKonjunktiv(doc, s);
            if (dass != null) { added.add(dass); continue; }
            List<Draft> all = new ArrayList<>(out);
            all.addAll(added);
            Draft prev = previous(all, s.index, KJ_WINDOW);
            if (prev == null) continue;
            if (prev.sentence < s.index - 1 && !reportedFlavour(doc, doc.sentences.get(s.index - 1))) continue;
            if (KonjunktivRun.extend(doc, prev, s, doc.sentences)) continue;
            Draft d = new Draft(Form.IndirectFreeIndirect, "konjunktiv-continues", s.index, 0.6);
            addTrimmed(doc, d, s.start, s.end);
            d.speakerFrom = prev;
            d.medium = prev.medium;
            d.evidence.add("Konjunktiv I without a cue: continues the statement in sentence " + (prev.sentence + 1));
            added.add(d);
        }
        out.addAll(added);
    }

    private Draft dassWithKonjunktiv(Document doc, Sentence s) {
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

    /** a sentence that may sit inside reported speech: it has a quote, a Konjunktiv verb or a cue */
    private static boolean reportedFlavour(Document doc, Sentence s) {
        if (!s.body || s.headline) return true;
        for (int i = s.firstToken; i < s.endToken; i++) {
            Token t = doc.tokens.get(i);
            if (distinctKonj1(t) || distinctKonj2(t) || t.isAny("„", "“", "\"", "»", "«")) return true;
        }
        for (Cue c : doc.cues) if (c.sentence == s.index) return true;
        return false;
    }

    static final boolean KJ2_CONTINUES = !Boolean.getBoolean("whosaid.noKj2");
    static final boolean HEARSAY = !Boolean.getBoolean("whosaid.noHearsay");

    /** "soll/sollen" outside quotes with a perfect or passive infinitive at the end: reported, not planned */
    private static boolean hearsay(Document doc, Sentence s) {
        List<Token> tk = doc.tokens;
        int soll = -1;
        for (int i = s.firstToken; i < s.endToken; i++) {
            if (tk.get(i).isAny("soll", "sollen") && doc.quoteAround(tk.get(i).start) == null) { soll = i; break; }
        }
        if (soll < 0) return false;
        int e = s.endToken - 1;
        while (e > soll && tk.get(e).isPunct()) e--;
        int clauseEnd = CueFinder.clauseEnd(doc, s, soll);
        int last = clauseEnd - 1;
        while (last > soll && tk.get(last).isPunct()) last--;
        return tk.get(last).isAny("sein", "haben") || (tk.get(last).is("werden") && tk.get(last - 1).tags.contains("PA2"));
    }

    static boolean distinctKonj2(Token t) {
        String g = t.tags;
        if (!t.onlyVerb()) return false;
        return (g.contains(":3:SIN:KJ2") && !g.contains(":3:SIN:PRT")) || (g.contains(":3:PLU:KJ2") && !g.contains(":3:PLU:PRT"));
    }

    static boolean distinctKonj1(Token t) {
        String g = t.tags;
        if (t.isCapitalized() || g.contains("ART:") || g.contains("PRO:") || g.contains("PRP:") || g.contains("KON:")) return false;
        return (g.contains(":3:SIN:KJ1") && !g.contains(":3:SIN:PRÄ")) || (g.contains(":3:PLU:KJ1") && !g.contains(":3:PLU:PRÄ"));
    }

    // ------------------------------------------------------------------ headlines "X: …"

    private void headlines(Document doc, List<Draft> out) {
        List<Token> tk = doc.tokens;
        for (Sentence s : doc.sentences) {
            if (!s.body || !s.headline || s.tokenCount() < 4) continue;
            for (Mention m : doc.mentions) {
                if (m.sentence != s.index || m.token != s.firstToken || m.kind != Mention.Kind.NAME) continue;
                if (m.endToken < s.endToken && tk.get(m.endToken).is(":")) {
                    Draft d = new Draft(Form.Indirect, "headline-colon", s.index, 0.5);
                    int from = tk.get(m.endToken).end;
                    addTrimmed(doc, d, from, s.end);
                    QuoteSpan q = doc.quoteAround(tk.get(Math.min(m.endToken + 1, s.endToken - 1)).start);
                    if (q != null && q.innerEnd >= s.end - 2) { d.quote.clear(); d.quote.add(new Span(q.innerStart, q.innerEnd)); d.form = Form.Direct; q.used = true; }
                    d.speaker = m;
                    d.frame.add(new Span(m.start, tk.get(m.endToken).end));
                    if (!d.quote.isEmpty()) out.add(d);
                }
            }
        }
    }

    // ------------------------------------------------------------------ nested quotes and parents

    private void nestedQuotes(Document doc, List<Draft> out) {
        List<Draft> added = new ArrayList<>();
        for (Draft d : out) {
            if (d.form == Form.Direct || d.anchor) continue;
            for (QuoteSpan q : doc.quotes) {
                if (q.words < NESTED_MIN_WORDS || titleLike(doc, q)) continue;
                boolean inside = false;
                for (Span sp : d.quote) if (sp.start() <= q.start && q.end <= sp.end()) inside = true;
                if (!inside) continue;
                boolean whole = d.quote.size() == 1 && d.quote.get(0).start() == q.start && d.quote.get(0).end() >= q.end - 1;
                if (whole && d.form == Form.Indirect) {
                    // the content is a quote: it is direct speech
                    d.form = Form.Direct;
                    d.quote.clear();
                    d.quote.add(new Span(q.innerStart, q.innerEnd));
                    q.used = true;
                    break;
                }
                if (coveredExactly(out, q.innerStart, q.innerEnd) || coveredExactly(added, q.innerStart, q.innerEnd)) continue;
                Draft n = new Draft(Form.Direct, "nested-quote", d.sentence, Math.min(0.9, d.confidence));
                n.quote.add(new Span(q.innerStart, q.innerEnd));
                n.speaker = d.speaker;
                n.speakerFrom = d.speakerFrom;
                n.cue.addAll(d.cue);
                n.frame.addAll(d.frame);
                n.medium = d.medium;
                n.parent = d;
                n.evidence.add("quoted words inside the statement's content");
                q.used = true;
                added.add(n);
            }
        }
        out.addAll(added);
    }

    private void parents(List<Draft> out) {
        for (Draft inner : out) {
            if (inner.parent != null || inner.rule.equals("nested-quote")) continue;
            Draft best = null;
            for (Draft outer : out) {
                if (outer == inner || outer.quote.isEmpty()) continue;
                if (outer.start() <= inner.start() && inner.end() <= outer.end() && (outer.end() - outer.start()) > (inner.end() - inner.start())
                        && !outer.cue.isEmpty() && !inner.cue.isEmpty() && !outer.cue.get(0).equals(inner.cue.get(0))) {
                    if (best == null || best.end() - best.start() > outer.end() - outer.start()) best = outer;
                }
            }
            if (best != null) {
                inner.parent = best;
                inner.evidence.add("reported inside another statement");
            }
        }
    }

    private void dedupe(List<Draft> out) {
        for (int i = 0; i < out.size(); i++) {
            Draft a = out.get(i);
            if (!a.keep) continue;
            for (int j = i + 1; j < out.size(); j++) {
                Draft b = out.get(j);
                if (!b.keep) continue;
                if (a.quote.equals(b.quote)) {
                    if (b.confidence > a.confidence) { a.keep = false; break; } else b.keep = false;
                }
            }
        }
        out.removeIf(d -> !d.keep);
    }

    // ------------------------------------------------------------------ helpers

    private Draft contentDraft(Document doc, Sentence s, int from, int to, String rule, double conf) {
        Draft d = new Draft(Form.Indirect, rule, s.index, conf);
        addTrimmed(doc, d, from, to);
        return d;
    }

    /** content = [sentence start, sentence end) minus the marker phrase [from, to) */
    private void remainder(Document doc, Sentence s, Draft d, int from, int to, int sentEnd) {
        addTrimmed(doc, d, s.start, from);
        addTrimmed(doc, d, to, sentEnd);
        // a marker phrase at the start may leave an opening comma on the rest
    }

    private void addTrimmed(Document doc, Draft d, int from, int to) {
        String t = doc.text;
        while (from < to && (Character.isWhitespace(t.charAt(from)) || ",;:–-".indexOf(t.charAt(from)) >= 0 || t.charAt(from) == '\u00A0')) from++;
        while (to > from && (Character.isWhitespace(t.charAt(to - 1)) || ",;:–-".indexOf(t.charAt(to - 1)) >= 0 || t.charAt(to - 1) == '\u00A0')) to--;
        if (to - from < 2) return;
        if (QuoteFinder.countWords(t, from, to) < 1) return;
        d.quote.add(new Span(from, to));
    }

    /** offset where a sentence's content ends: before the final . ! ? (keeping a closing quote mark) */
    private int contentEnd(Document doc, Sentence s) {
        int e = s.end;
        String t = doc.text;
        if (e > s.start && ".!?".indexOf(t.charAt(e - 1)) >= 0) e--;
        return e;
    }

    private int endOfSentenceText(Document doc, Sentence s) { return contentEnd(doc, s); }

    private boolean lastClause(Document doc, Sentence s, int ce) {
        return ce >= s.endToken || (ce == s.endToken - 1 && doc.tokens.get(ce).isAny(".", "!", "?"))
                || (ce < s.endToken && doc.tokens.get(ce).is(",") && clauseIsTail(doc, s, ce));
    }

    /** after the cue clause only a subordinate tail follows (", nachdem …", ", als …") */
    private boolean clauseIsTail(Document doc, Sentence s, int ce) {
        if (ce + 1 >= s.endToken) return true;
        return isSubordinator(doc.tokens.get(ce + 1));
    }

    private boolean lastClauseOrSentence(Document doc, Sentence s, int ce) {
        return ce >= s.endToken - 1 || lastClause(doc, s, ce);
    }

    private static boolean isSubordinator(Token t) {
        return t.isAny("nachdem", "als", "bevor", "weil", "da", "während", "obwohl", "um", "damit", "sodass", "wenn", "ohne", "statt", "anstatt", "indem", "falls", "sobald", "solange", "bis",
                "after", "before", "because", "while", "when", "although", "since");
    }

    private static boolean isRelative(Token t) {
        return t.isAny("der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "who", "which");
    }

    /** "das die Daten regelt", "der angeklagt war", "deren …": a relative pronoun, not an article before a noun */
    private static boolean isRelativeStart(List<Token> tk, Sentence s, int k) {
        Token t = tk.get(k);
        if (!RELATIVE.contains(t.lower())) return false;
        if (!t.isAny("der", "die", "das", "dem", "den")) return true;
        if (k + 1 >= s.endToken) return false;
        Token n = tk.get(k + 1);
        if (n.isCapitalized()) return false;             // article + noun
        if (n.isAdjective() && !n.onlyVerb()) return false; // article + adjective + noun
        if (n.is("„") || n.is("\"")) return false;
        return true;
    }

    private static final Set<String> EN_PREPOSITIONS = Set.of("outside", "inside", "at", "in", "on", "after", "before",
            "during", "from", "near", "with", "without", "for", "of", "to", "by", "over", "under", "behind", "following",
            "ahead", "as", "upon", "via", "amid", "across", "around", "late", "earlier", "later", "yesterday", "today");
    private static final Set<String> PREPOSITIONS = Set.of("bei", "von", "mit", "in", "an", "auf", "für", "aus", "zu", "über", "unter", "nach", "durch", "gegen", "um");

    private boolean hasReportedVerb(Document doc, Sentence s, int from, int to, Cue c) {
        List<Token> tk = doc.tokens;
        if (!doc.german()) return true; // English: "X said the talks were over" needs no mood
        int i = doc.tokenAt(from) < tk.size() ? Math.max(doc.tokenAt(from), from) : from;
        int end = s.endToken;
        for (int k = from; k < end; k++) {
            Token t = tk.get(k);
            if (t.is(",") && k > from + 1 && k + 1 < end && isSubordinator(tk.get(k + 1))) break;
            if (distinctKonj1(t) || t.isKonj1() || t.isKonj2()) return true;
        }
        // indicative after the cue still counts when the clause has a finite verb in second position ("sagte, die USA sind …")
        // (act verbs also take indicative content)
        for (int k = from + 1; k < Math.min(end, from + 6); k++) {
            Token t = tk.get(k);
            if (t.isVerb() && !t.isCapitalized() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) return true;
        }
        return false;
    }

    private boolean zuInfinitive(Document doc, Sentence s, int from) {
        List<Token> tk = doc.tokens;
        for (int k = from; k < s.endToken - 1; k++) {
            if (tk.get(k).is(",")) break;
            if (tk.get(k).isAny("zu", "to") && tk.get(k + 1).isWord() && !tk.get(k + 1).isCapitalized()) return true;
            if (tk.get(k).tags.contains("VER:EIZ")) return true; // "anzutreten"
        }
        return false;
    }

    private static boolean isQuoteOpen(Token t) { return t.isAny("„", "“", "\"", "«", "»", "‚"); }

    private static boolean isQuoteClose(Document doc, Token t) {
        if (!t.isAny("“", "”", "\"", "«", "»", "‘")) return false;
        for (QuoteSpan q : doc.quotes) if (q.end == t.end) return true;
        return false;
    }

    /** subject before the verb in its clause: the first mention not governed by a preposition or oblique article */
    private Mention speakerBefore(Document doc, Sentence s, int cs, int v) {
        Mention first = null;
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index) continue;
            if (m.token < cs || m.endToken > v) continue;
            if (m.governed || isOblique(doc, m) || doc.quoteAround(m.start) != null) continue;
            if (m.kind == Mention.Kind.PLACE && m.token > cs) continue;
            // English subject-verb order: the subject is the mention nearest the verb ("Kremlin aide X said")
            if (first == null || !doc.german() && m.token >= first.endToken) first = m;
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
            int e = readNP(doc, s, cs);
            if (e > cs) e = extendSource(doc, s, e); // "Die Veranstalter der Kundgebung erklären"
            if (e > cs && (e == v || (e < v && tk(doc, e).onlyVerb() && e + 1 >= v - 3))) first = npMention(doc, s, cs, e);
        }
        return first;
    }

    private static Token tk(Document doc, int i) { return doc.tokens.get(i); }

    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> MEDIA_NOUNS = Set.of("statement", "interview", "video", "post", "briefing", "speech");

    /** English "said on Sunday he …", "said late Tuesday …", "said in a statement …": past such a phrase (and "that") */
    private static int skipTimePhrase(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int e = k;
        if (e + 1 < s.endToken && tk.get(e).isAny("on", "late", "early") && WEEKDAYS.contains(tk.get(e + 1).text)) e += 2;
        else if (e < s.endToken && WEEKDAYS.contains(tk.get(e).text)) e += 1; // "said Sunday they …"
        else if (e + 2 < s.endToken && tk.get(e).is("in") && tk.get(e + 1).isAny("a", "an", "the") && MEDIA_NOUNS.contains(tk.get(e + 2).lower())) e += 3;
        if (e == k) return k;
        if (e < s.endToken && tk.get(e).is("that")) e++;
        return e;
    }

    /** a speech verb at most three tokens before {@code marker} in the same clause, with a pronoun or name between */
    private static boolean speechVerbRightBefore(Document doc, Sentence s, int marker) {
        List<Cue> cues = doc.cues;
        for (int i = Cues.firstAtOrAfter(doc, Math.max(s.firstToken, marker - 3)); i < cues.size() && cues.get(i).token < marker; i++) {
            Cue o = cues.get(i);
            if (o.kind != Cue.Kind.VERB) continue;
            boolean punct = false;
            for (int k = o.token + 1; k < marker; k++) if (doc.tokens.get(k).isPunct()) punct = true;
            if (punct) continue;
            for (Mention m : SentenceMentions.starting(doc, o.token + 1, o.token + 2)) if (m.endToken <= marker) return true;
        }
        return false;
    }

    /** a speech verb with a subject before it in the clause starting at token k ("auch X sprach von …") */
    private static boolean ownCueInClause(Document doc, Sentence s, int k) {
        int end = CueFinder.clauseEnd(doc, s, k);
        List<Cue> cues = doc.cues;
        for (int i = Cues.firstAtOrAfter(doc, k + 1); i < cues.size() && cues.get(i).token < end; i++) {
            Cue o = cues.get(i);
            if (o.kind != Cue.Kind.VERB) continue;
            String tags = doc.tokens.get(o.token).tags;
            if (tags.contains("KJ1") || tags.contains("KJ2") || tags.contains("PA2")) continue; // reported inside the content
            for (Mention m : SentenceMentions.starting(doc, k, o.token)) if (m.endToken <= o.token && !m.governed) return true;
        }
        return false;
    }

    /** the quote closing at token {@code close} opened after a word of the same clause ("von „…“"), not at its start */
    private static boolean embeddedQuoteBefore(Document doc, Sentence s, int close) {
        QuoteSpan q = doc.outerQuoteAround(doc.tokens.get(close).start);
        if (q == null || q.start <= s.start) return false;
        int open = doc.tokenAt(q.start);
        if (open <= s.firstToken) return false;
        Token prev = doc.tokens.get(open - 1);
        return prev.isWord() && prev.sentence == s.index;
    }

    /** English "…, but said …" / "… and added …": the content ends before a coordinated cue verb of the same subject */
    private int coordinatedCueStart(Document doc, Sentence s, int from, int sentEnd) {
        List<Token> tk = doc.tokens;
        List<Cue> cues = doc.cues;
        for (int i = Cues.firstAtOrAfter(doc, from + 1); i < cues.size() && cues.get(i).token < s.endToken; i++) {
            Cue o = cues.get(i);
            if (o.kind != Cue.Kind.VERB) continue;
            int k = o.token - 1;
            if (k > from && tk.get(k).isAny("also", "then", "later")) k--;
            if (k > from + 1 && tk.get(k).isAny("but", "and") && tk.get(k - 1).is(",")) return tk.get(k - 1).start;
        }
        return sentEnd;
    }

    /** English: "that" within a few words after the verb, with no punctuation or quote between ("said on Sunday that") */
    private static int thatWithin(Document doc, Sentence s, int from) {
        for (int k = from; k < s.endToken && k < from + 8; k++) {
            Token t = doc.tokens.get(k);
            if (t.is("that")) return k;
            if (!t.isWord() && !t.isAny("-") || doc.quoteAround(t.start) != null) return -1;
        }
        return -1;
    }

    /** end of a noun phrase [det] [adjectives] Noun+ starting at k, or -1 */
    static int readNP(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int i = k;
        if (i < s.endToken && (CueFinder.isDeterminer(tk.get(i).lower()) || tk.get(i).isAny("Die", "Der", "Das", "Ein", "Eine"))) i++;
        while (i < s.endToken && tk.get(i).isWord() && !tk.get(i).isCapitalized() && tk.get(i).isAdjective() && !tk.get(i).onlyVerb()) i++;
        int n = i;
        while (i < s.endToken && (tk.get(i).isCapitalized() || Character.isDigit(tk.get(i).text.charAt(0))) && !tk.get(i).isPunct()
                && !(tk.get(i).onlyVerb()) && (!tk.get(i).known || tk.get(i).isNoun() || tk.get(i).isProperName()) && i - n < 4) i++;
        if (i == n) return -1;
        if (doc.quoteAround(tk.get(k).start) != null) return -1;
        return i;
    }

    private static Mention npMention(Document doc, Sentence s, int from, int to) {
        List<Token> tk = doc.tokens;
        Mention m = new Mention(Mention.Kind.GROUP, from, to, tk.get(from).start, tk.get(to - 1).end, s.index,
                doc.slice(tk.get(from).start, tk.get(to - 1).end), null, null);
        m.resolution = "noun phrase (not a known person)";
        return m;
    }

    /** subject after the verb: the first mention in [from, to) not governed by a preposition */
    private Mention speakerAfter(Document doc, Sentence s, int from, int to) {
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index) continue;
            if (m.token < from || m.token >= to) continue;
            // English puts a subject after the verb only right after it: "said Ushakov", not "said in a video the X posted"
            if (!doc.german() && m.token > from) break;
            if (m.governed || isOblique(doc, m) || doc.quoteAround(m.start) != null) continue;
            return m;
        }
        if (doc.german() && from < to) {
            int k = from;
            if (k < to && !doc.tokens.get(k).isCapitalized() && !CueFinder.isDeterminer(doc.tokens.get(k).lower()) && !doc.tokens.get(k).isPunct()) k++;
            if (k < to && CueFinder.isDeterminer(doc.tokens.get(k).lower()) && !doc.tokens.get(k).isAny("den", "dem", "einem", "einen", "des", "eines")) {
                int e = readNP(doc, s, k);
                if (e > k + 1 && e <= to) return npMention(doc, s, k, e);
            }
        }
        return null;
    }

    /**
     * the agent of a passive cue clause: "Von den Behörden wird angenommen, …", "Von Seiten der Delegation war gefordert
     * worden, …" (the noun phrase after von / von Seiten)
     */
    private Mention passiveAgent(Document doc, Sentence s, int cs, int ce, int v) {
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
    private Mention sentenceSubject(Document doc, Sentence s, int v) {
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index || m.token >= v) continue;
            if (m.governed || isOblique(doc, m) || doc.quoteAround(m.start) != null) continue;
            if (m.kind == Mention.Kind.PLACE) continue;
            return m;
        }
        return null;
    }

    private static boolean isOblique(Document doc, Mention m) {
        String l = doc.tokens.get(m.token).lower();
        return l.equals("den") || l.equals("dem") || l.equals("einem") || l.equals("einen") || l.equals("des") || l.equals("eines");
    }

    private Mention firstSubject(Document doc, Sentence s, int before) {
        for (Mention m : doc.mentions) {
            if (m.sentence == s.index && !m.governed && !isOblique(doc, m) && m.token < s.endToken) return m;
        }
        return null;
    }

    private static Mention mentionStartingAt(Document doc, int tok) {
        for (Mention m : doc.mentions) {
            if (m.token == tok) return m;
            if (m.token > tok) break;
        }
        return null;
    }

    private static Mention mentionEndingAt(Document doc, int tok) {
        Mention best = null;
        for (Mention m : doc.mentions) {
            if (m.endToken == tok) best = m;
            if (m.token >= tok) break;
        }
        return best;
    }

    /** "laut einem Sprecher des Ministeriums": extend the phrase over a genitive attribute */
    private static int extendGenitive(Document doc, Sentence s, int end) {
        List<Token> tk = doc.tokens;
        if (end < s.endToken && tk.get(end).isAny("des", "der", "von", "vom")) {
            for (Mention m : doc.mentions) if (m.token == end || m.token == end + 1) return m.endToken;
        }
        return end;
    }

    private static Draft previous(List<Draft> out, int sentence, int window) {
        Draft best = null;
        for (Draft d : out) {
            if (d.parent != null || insideAnother(out, d)) continue;
            if (d.sentence < sentence && sentence - d.sentence <= window && (d.speaker != null || d.speakerFrom != null)) {
                if (best == null || d.sentence > best.sentence || (d.sentence == best.sentence && d.start() > best.start())) best = d;
            }
        }
        return best;
    }

    private static boolean insideFrame(List<Draft> out, Draft d) {
        for (Draft o : out) {
            if (o == d) continue;
            for (Span f : o.frame) if (f.start() <= d.start() && d.end() <= f.end()) return true;
        }
        return false;
    }

    private static boolean insideAnother(List<Draft> out, Draft d) {
        for (Draft o : out) {
            if (o != d && !o.quote.isEmpty() && o.start() <= d.start() && d.end() <= o.end() && o.end() - o.start() > d.end() - d.start()) return true;
        }
        return false;
    }

    private static boolean covered(List<Draft> out, int s, int e) {
        for (Draft d : out) if (!d.anchor && d.overlaps(s, e)) return true;
        return false;
    }

    private static boolean coveredBy(List<Draft> out, int s, int e) {
        for (Draft d : out) if (!d.anchor) for (Span q : d.quote) if (q.start() <= s && e <= q.end()) return true;
        return false;
    }

    private static boolean coveredExactly(List<Draft> out, int s, int e) {
        for (Draft d : out) if (d.quote.size() == 1 && d.quote.get(0).start() == s && d.quote.get(0).end() == e) return true;
        return false;
    }

    private void addCueSpans(Document doc, Draft d, Cue c) {
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
        d.evidence.add(0, d.rule);
        d.evidence.add("cue: " + c.lemma + " (" + c.kind.name().toLowerCase() + ")");
    }

    private void frame(Document doc, Draft d, int cs, int ce, boolean includeBoundary) {
        List<Token> tk = doc.tokens;
        if (ce <= cs) return;
        int end = Math.min(ce, tk.size()) - 1;
        d.frame.add(new Span(tk.get(cs).start, tk.get(end).end));
    }

    private void channel(Document doc, Draft d, int cs, int ce) {
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
    private static boolean isChannelNoun(String lower) {
        if (CHANNEL_NOUNS.contains(lower)) return true;
        for (String c : CHANNEL_NOUNS) if (c.length() >= 5 && lower.endsWith(c) && lower.length() > c.length() + 2) return true;
        return false;
    }

    private void addressee(Document doc, Draft d, int v, int ce) {
        List<Token> tk = doc.tokens;
        for (Mention m : doc.mentions) {
            if (m.token <= v || m.token >= ce) continue;
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
    private static int addresseeEnd(Document doc, Sentence s, int k) {
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

    private static boolean speakerOverlaps(Draft d, int start, int end) {
        return d.speaker != null && d.speaker.start < end && start < d.speaker.end;
    }
}
