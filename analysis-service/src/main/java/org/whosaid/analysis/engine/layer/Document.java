package org.whosaid.analysis.engine.layer;

import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Entity;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * One text on its way through the {@link Pipeline}. Each stage adds one layer, in this order:
 * {@code language} → {@link #sentences} → {@link #tokens} (with lemma/POS) → {@link #quotes} → {@link #cues} →
 * {@link #mentions} and {@link #entities} → {@link #statements} → speakers resolved on the statements.
 * A reader can stop after any stage and look at the layers so far (see {@link Pipeline#analyse}).
 */
public final class Document {
    public final String text;
    public String language;
    public List<Sentence> sentences = List.of();
    public List<Token> tokens = List.of();
    public List<QuoteSpan> quotes = List.of();
    public List<Cue> cues = List.of();
    public List<Mention> mentions = List.of();
    public List<Entity> entities = new ArrayList<>();
    public List<Draft> statements = new ArrayList<>();
    /** per-text values a stage computes once and later stages reuse (keyed by the computing class) */
    public final java.util.Map<String, Object> cache = new java.util.HashMap<>();

    public Document(String text, String language) {
        this.text = text;
        this.language = language;
    }

    public boolean german() { return !"en".equals(language); }

    public Sentence sentenceOf(Token t) { return sentences.get(t.sentence); }

    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start) hi = mid - 1;
            else if (offset >= s.end) lo = mid + 1;
            else return s;
        }
        return lo < sentences.size() ? sentences.get(Math.min(lo, sentences.size() - 1)) : null;
    }

    /** index of the first token starting at or after {@code offset} */
    public int tokenAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public String slice(int start, int end) { return text.substring(start, end); }

    /** innermost quote containing the character offset, or null */
    public QuoteSpan quoteAround(int offset) {
        QuoteSpan best = null;
        for (QuoteSpan q : quotes) {
            if (q.start <= offset && offset < q.end && (best == null || q.start >= best.start)) best = q;
        }
        return best;
    }

    public QuoteSpan outerQuoteAround(int offset) {
        for (QuoteSpan q : quotes) if (q.parent < 0 && q.start <= offset && offset < q.end) return q;
        return null;
    }
}
