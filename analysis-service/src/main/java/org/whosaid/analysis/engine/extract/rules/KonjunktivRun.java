package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.model.Span;

import java.util.List;

/**
 * Free indirect speech runs over several sentences: a Konjunktiv sentence right after a continuation sentence of the
 * same paragraph extends that statement instead of starting a new one ("Jedoch sei … gekommen. Nur selten habe …"), as
 * one reported passage is one statement. At most {@link #MAX_SENTENCES} sentences are joined.
 */
public final class KonjunktivRun {
    public static final String RULE = "konjunktiv-continues";
    static final int MAX_SENTENCES = 4;

    private KonjunktivRun() {}

    /** whether {@code s} was joined to {@code prev} */
    public static boolean extend(Document doc, Draft prev, Sentence s, List<Sentence> sentences) {
        if (!RULE.equals(prev.rule) || prev.quote.isEmpty()) return false;
        int lastSentence = doc.sentenceAt(prev.end() - 1).index;
        if (lastSentence != s.index - 1 || sentences.get(lastSentence).paragraph != s.paragraph) return false;
        if (s.index - prev.sentence >= MAX_SENTENCES) return false;
        int end = s.end;
        while (end > s.start && Character.isWhitespace(doc.text.charAt(end - 1))) end--;
        Span last = prev.quote.get(prev.quote.size() - 1);
        prev.quote.set(prev.quote.size() - 1, new Span(last.start(), end));
        prev.evidence.add("Konjunktiv I continues in sentence " + (s.index + 1));
        return true;
    }
}
