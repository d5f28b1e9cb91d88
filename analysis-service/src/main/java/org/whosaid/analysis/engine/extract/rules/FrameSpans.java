package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frame span as a reader marks the narrating clause, after all rules ran: the comma that separates it from the
 * content belongs to it on either side ("„Die Fähre fährt“, sagte Lotte Brink." has the frame ", sagte Lotte Brink";
 * "Wie die Reederei mitteilte, fällt …" has "Wie die Reederei mitteilte,").
 */
public final class FrameSpans {
    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noFrameCommas");

    static final boolean SENTENCE_START = !Boolean.getBoolean("whosaid.noFrameFromSentenceStart");
    private static final String QUOTE_MARKS = "„“”\"«»‚‘’‹›";
    /** a quoted name or title in the narration ("die Zeitung „Nordkurier“") has at most this many words */
    private static final int MAX_NAME_WORDS = 5;
    private static final Set<String> STOPS = Set.of(".", ":", ";", "!", "?");
    private static final Set<String> LEADING_RULES = Set.of("cue-then-content", "cue-then-quote");

    private FrameSpans() {}

    /** Widens a one-span frame over the comma right before it (after the content) and the comma right after it. */
    public static void commas(Document doc, Draft d) {
        if (!ENABLED || d.frame.size() != 1 || d.quote.isEmpty()) return;
        List<Token> tk = doc.tokens;
        Span f = d.frame.get(0);
        int first = doc.tokenAt(f.start()), last = doc.tokenAt(f.end()) - 1;
        if (first >= tk.size() || last < first) return;
        int start = f.start(), end = f.end();
        if (first > 0 && isFreeComma(doc, d, tk.get(first - 1)) && d.end() <= tk.get(first - 1).start)
            start = tk.get(first - 1).start;
        if (last + 1 < tk.size() && isFreeComma(doc, d, tk.get(last + 1))) end = tk.get(last + 1).end;
        if (start != f.start() || end != f.end()) d.frame.set(0, new Span(start, end));
    }

    /**
     * Starts the frame of a cue clause before its content at the sentence's start when only narration stands before it
     * (no quotation, no part of another statement): "Im Streit um die Fähre hat der Bürgermeister verlangt, …"
     * has the frame "Im Streit um die Fähre hat der Bürgermeister verlangt,". Looks only at the statements that
     * touch the frame's sentence.
     */
    public static void fromSentenceStart(Document doc, List<Draft> out) {
        if (!SENTENCE_START) return;
        Map<Integer, List<Draft>> bySentence = new HashMap<>();
        for (Draft d : out) {
            for (Span q : d.quote) index(doc, bySentence, d, q);
            for (Span f : d.frame) index(doc, bySentence, d, f);
        }
        for (Draft d : out) {
            if (d.frame.size() != 1 || d.quote.isEmpty() || !LEADING_RULES.contains(d.rule)) continue;
            Span f = d.frame.get(0);
            int from = narrationStart(doc, d, f);
            if (from < 0 || touchesOther(d, bySentence.get(doc.sentenceAt(f.start()).index), from, f.start())) continue;
            d.frame.set(0, new Span(from, f.end()));
        }
    }

    /** the start of the narration before frame {@code f} in its sentence (after a stop or colon), or -1 */
    private static int narrationStart(Document doc, Draft d, Span f) {
        if (d.start() < f.end()) return -1;
        Sentence s = doc.sentenceAt(f.start());
        int first = doc.tokenAt(f.start());
        if (s == null || first <= s.firstToken || first >= s.endToken) return -1;
        int from = doc.tokens.get(s.firstToken).start;
        for (int k = s.firstToken; k < first; k++) {
            Token t = doc.tokens.get(k);
            if (STOPS.contains(t.text)) from = k + 1 < first ? doc.tokens.get(k + 1).start : f.start();
            QuoteSpan q = doc.quoteAround(t.start);
            if (q != null ? q.words > MAX_NAME_WORDS || q.end > f.start() : QUOTE_MARKS.indexOf(t.text.charAt(0)) >= 0)
                return -1;
        }
        return from < f.start() ? from : -1;
    }

    /** whether another statement of the sentence has content or frame in {@code [from, to)} */
    private static boolean touchesOther(Draft d, List<Draft> sameSentence, int from, int to) {
        if (sameSentence == null) return false;
        for (Draft o : sameSentence) {
            if (o == d) continue;
            if (o.overlaps(from, to)) return true;
            for (Span x : o.frame) if (x.start() < to && from < x.end()) return true;
        }
        return false;
    }

    private static void index(Document doc, Map<Integer, List<Draft>> bySentence, Draft d, Span span) {
        Sentence a = doc.sentenceAt(span.start()), b = doc.sentenceAt(Math.max(span.start(), span.end() - 1));
        if (a == null || b == null) return;
        for (int i = a.index; i <= b.index; i++) {
            List<Draft> l = bySentence.computeIfAbsent(i, k -> new ArrayList<>());
            if (l.isEmpty() || l.get(l.size() - 1) != d) l.add(d);
        }
    }

    /** a comma in the frame's sentence that is neither content of the statement nor inside a quotation */
    private static boolean isFreeComma(Document doc, Draft d, Token t) {
        return t.is(",") && !d.overlaps(t.start, t.end) && doc.quoteAround(t.start) == null;
    }
}
