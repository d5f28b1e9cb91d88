package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.extract.QuoteFinder;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

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
}
