package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.extract.QuoteFinder;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.extract.CueFinder;

import java.util.List;

/**
 * A statement's content spans: a draft whose content is [from, to) of a sentence, trimmed of punctuation and spaces,
 * or the sentence minus a marker phrase. Example: "Die Lage sei ernst, so die Sprecherin." gives the content
 * "Die Lage sei ernst" once the marker phrase ", so die Sprecherin" is removed.
 */
final class Contents {
    private Contents() {}

    static Draft contentDraft(Document doc, Sentence s, int from, int to, String rule, double conf) {
        Draft d = new Draft(Form.Indirect, rule, s.index, conf);
        addTrimmed(doc, d, from, to);
        return d;
    }

    /** content = [sentence start, sentence end) minus the marker phrase [from, to) */
    static void remainder(Document doc, Sentence s, Draft d, int from, int to, int sentEnd) {
        addTrimmed(doc, d, s.start, from);
        addTrimmed(doc, d, to, sentEnd);
        // a marker phrase at the start may leave an opening comma on the rest
    }

    static void addTrimmed(Document doc, Draft d, int from, int to) {
        String t = doc.text;
        while (from < to && (Character.isWhitespace(t.charAt(from)) || ",;:–-".indexOf(t.charAt(from)) >= 0 || t.charAt(from) == '\u00A0')) from++;
        while (to > from && (Character.isWhitespace(t.charAt(to - 1)) || ",;:–-".indexOf(t.charAt(to - 1)) >= 0 || t.charAt(to - 1) == '\u00A0')) to--;
        if (to - from < 2) return;
        if (QuoteFinder.countWords(t, from, to) < 1) return;
        d.quote.add(new Span(from, to));
    }

    /** a direct statement of the quote's inner text, without a trailing comma: „Wir bleiben,“ → Wir bleiben */
    static Draft direct(Document doc, QuoteSpan q, Sentence s, String rule, double conf) {
        Draft d = new Draft(Form.Direct, rule, s.index, conf);
        int e = q.innerEnd;
        while (e > q.innerStart + 1 && (doc.text.charAt(e - 1) == ',' || Character.isWhitespace(doc.text.charAt(e - 1)))) e--;
        d.quote.add(new Span(q.innerStart, e));
        return d;
    }

    /** a source marker inside a relative clause reports that clause only (issue 13) */
    static final boolean MARKER_IN_RELATIVE = !Boolean.getBoolean("whosaid.noMarkerInRelative");

    /**
     * Content of a source marker [from, to) whose marker token is {@code m} and whose phrase ends before token
     * {@code phraseEnd}: the rest of the sentence, or only the relative clause holding the marker, as in "Die Fähre, die
     * nach Angaben der Reederei seit Mai leer fährt, bleibt im Hafen." (content "die … seit Mai leer fährt").
     */
    static void markerContent(Document doc, Sentence s, Draft d, int m, int phraseEnd, int from, int to) {
        int[] rc = MARKER_IN_RELATIVE ? relativeClauseAround(doc, s, m, phraseEnd) : null;
        if (rc == null) {
            remainder(doc, s, d, from, to, Clauses.contentEnd(doc, s));
            return;
        }
        List<Token> tk = doc.tokens;
        addTrimmed(doc, d, tk.get(rc[0]).start, from);
        addTrimmed(doc, d, to, rc[1] < s.endToken ? tk.get(rc[1]).start : Clauses.contentEnd(doc, s));
    }

    /**
     * The relative clause holding marker token {@code m} as {first token, end token}, or null: after the last comma
     * before the marker comes a relative pronoun, maybe after a preposition ("…, unter denen laut Polizei …"), and no
     * other clause boundary; the clause ends at the next boundary after the marker phrase.
     */
    static int[] relativeClauseAround(Document doc, Sentence s, int m, int phraseEnd) {
        List<Token> tk = doc.tokens;
        if (!doc.german()) return null;
        for (int k = m - 1; k > s.firstToken; k--) {
            Token t = tk.get(k);
            if (!CueFinder.isClauseBoundary(t)) continue;
            if (!t.is(",")) return null;
            int rel = k + 1;
            if (rel < m && Clauses.PREPOSITIONS.contains(tk.get(rel).lower())) rel++;
            if (rel >= m || !Clauses.isRelativeStart(tk, s, rel)) return null;
            int e = CueFinder.clauseEnd(doc, s, Math.max(m, phraseEnd - 1));
            return e > phraseEnd ? new int[]{k + 1, e} : null;
        }
        return null;
    }
}
