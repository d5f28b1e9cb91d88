package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
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
 * {@code content-then-cue}: a cue clause that starts with the verb and closes the sentence takes everything before it
 * (back to the opening mark of a quote that began earlier): "„Wir bleiben“, sagte die Ministerin.", "Der Hafen
 * bleibe zu, erklärte sie." English "…, Name, a role phrase, told reporters" takes the name between commas as speaker
 * ({@link TrailingApposition}).
 */
final class ContentThenCue {
    static final boolean MAIN_VERB = !Boolean.getBoolean("whosaid.noContentMainVerb");

    private ContentThenCue() {}

    /**
     * whether tokens [from, to) have a finite verb outside the relative clauses opened by a comma; without a comma (a
     * verbless content such as "Alles in Ordnung") yes
     */
    static boolean hasMainVerb(Document doc, Sentence s, int from, int to) {
        List<Token> tk = doc.tokens;
        boolean relative = false;
        for (int k = from; k < to; k++) {
            Token t = tk.get(k);
            if (t.is(",")) {
                relative = k + 1 < to && (isRelativeStart(tk, s, k + 1)
                        || k + 2 < to && PREPOSITIONS.contains(tk.get(k + 1).lower()) && isRelativeStart(tk, s, k + 2));
                continue;
            }
            if (!relative && FrontedSource.isFiniteVerb(t)) return true;
        }
        return !hasComma(doc, from, to);
    }

    private static boolean hasComma(Document doc, int from, int to) {
        for (int k = from; k < to; k++) if (doc.tokens.get(k).is(",")) return true;
        return false;
    }

    static Draft apply(VerbClause x) {
        Document doc = x.doc;
        Sentence s = x.s;
        List<Token> tk = doc.tokens;
        int cs = x.cs, ce = x.ce, v = x.v;
        if (!x.verbOrAuxFirst || x.relativeSubject != null || cs <= s.firstToken || !lastClause(doc, s, ce)) return null;
        Token before = tk.get(cs - 1);
        // German "… hatte von „sehr guten Fortschritten“ gesprochen": a quote inside the clause, not content before it
        boolean embeddedQuote = doc.german() && !before.is(",") && !before.is(":") && embeddedQuoteBefore(doc, s, cs - 1);
        if (embeddedQuote || !(before.isAny(",", "“", "”", "\"", "«", "»", ":") || isQuoteClose(doc, before))) return null;
        int contentStartTok = s.firstToken;
        int contentEndOff = before.is(",") ? tk.get(cs - 1).start : before.end;
        if (before.is(",") && cs - 2 >= s.firstToken && isQuoteClose(doc, tk.get(cs - 2))) contentEndOff = tk.get(cs - 2).end;
        int contentStart = tk.get(contentStartTok).start;
        QuoteSpan q = doc.outerQuoteAround(contentEndOff - 1);
        if (q != null && q.start < contentStart) contentStart = q.start;
        // "X winkte ab: „…“, zitierten ihn Medien": the quote after the colon is the content, not the narration before it
        if (q != null && q.start > contentStart && doc.slice(contentStart, q.start).strip().endsWith(":")) contentStart = q.start;
        if (contentEndOff <= contentStart) {
            x.stop = true;
            return null;
        }
        // "Die Prüfer der Werft, die das Boot besichtigten, sprechen von hohen Kosten.": a noun phrase with its relative
        // clause or apposition before the verb is the sentence's first field, not content
        if (MAIN_VERB && doc.german() && q == null && before.is(",") && !hasMainVerb(doc, s, s.firstToken, cs - 1))
            return null;
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
